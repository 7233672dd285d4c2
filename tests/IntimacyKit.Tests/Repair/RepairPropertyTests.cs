using System.Text.Json;
using CsCheck;
using IntimacyKit.Repair;
using IntimacyKit.Serialization;

namespace IntimacyKit.Tests.Repair;

/// <summary>
/// Property-based tests (CsCheck): thousands of generated plans, requests and follow-through records round-trip through
/// <see cref="IntimacyKitJson"/> without loss, unknown members included, and validation never throws, whatever the
/// values hold (nulls in required members, null records, any dates and schema versions).
/// </summary>
public sealed class RepairPropertyTests
{
    private const int Iterations = 2_000;

    // Letters, spaces, punctuation JSON must escape, accents, CJK, and a surrogate pair.
    private static readonly Gen<string> s_text = Gen.OneOf(
        Gen.Char["abc XYZ.,'\"\\/\n\t\u00e9\u00fc\u2019\u6f22<>&"].Array[0, 40].Select(a => new string(a)),
        Gen.Const("I'm sorry \U0001F600, from now on I'll call by 7."));

    private static readonly Gen<DateOnly> s_date = Gen.Int[-400, 400].Select(d => new DateOnly(2026, 6, 1).AddDays(d));

    private static readonly Gen<JsonElement> s_json = Gen.OneOf(
        Gen.Int.Select(i => Element(i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        s_text.Select(t => Element(JsonSerializer.Serialize(t, IntimacyKitJson.Options.GetTypeInfo(typeof(string))))),
        Gen.Bool.Select(b => Element(b ? "true" : "false")),
        s_text.Select(t => Element($$"""{"nested":{{JsonSerializer.Serialize(t, IntimacyKitJson.Options.GetTypeInfo(typeof(string)))}},"list":[1,null,{}]}""")));

    private static readonly Gen<IReadOnlyDictionary<string, JsonElement>?> s_extras = Gen.Null(
        Gen.Select(Gen.Char["abcdef"].Array[1, 6], s_json, (k, v) => ("x-" + new string(k), v)).Array[1, 4]
            .Select(pairs => (IReadOnlyDictionary<string, JsonElement>)pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2)),
        0.5);

    private static readonly Gen<FollowThroughRecord> s_record = Gen.Select(s_date, Gen.Bool, Gen.Null(s_text, 0.5), s_extras,
        (date, kept, note, extras) => new FollowThroughRecord { Date = date, Kept = kept, Note = note, AdditionalProperties = extras });

    private static readonly Gen<RepairPlan> s_plan = Gen.Select(
        Gen.Select(Gen.Int[0, 3], Gen.Null(s_text, 0.3), s_text, s_text, s_text),
        Gen.Select(s_date, s_text, s_date, Gen.Nullable(s_date, 0.5)),
        Gen.Select(s_record.Array[0, 6], s_extras),
        (a, b, c) => new RepairPlan
        {
            SchemaVersion = a.Item1,
            Rupture = a.Item2,
            Acknowledgement = a.Item3,
            Remorse = a.Item4,
            Change = a.Item5,
            ChangeStartsOn = b.Item1,
            ReparativeAct = b.Item2,
            FollowUpOn = b.Item3,
            FollowUpHeldOn = b.Item4,
            FollowThrough = [.. c.Item1],
            AdditionalProperties = c.Item2,
        });

    private static readonly Gen<RepairRequest> s_request = Gen.Select(
        Gen.Select(Gen.Int[0, 3], Gen.Null(s_text, 0.3), s_text, s_text, s_text),
        Gen.Nullable(s_date, 0.5),
        s_extras,
        (a, reviewOn, extras) => new RepairRequest
        {
            SchemaVersion = a.Item1,
            Rupture = a.Item2,
            WhatToChange = a.Item3,
            HowIWillKnow = a.Item4,
            Boundary = a.Item5,
            ReviewOn = reviewOn,
            AdditionalProperties = extras,
        });

    [Fact]
    public void Generated_repair_plans_round_trip_without_loss_unknown_members_included()
    {
        s_plan.Sample(plan =>
        {
            var json = IntimacyKitJson.Serialize(plan);
            var back = IntimacyKitJson.Deserialize<RepairPlan>(json);

            IntimacyKitJson.Serialize(back).Should().Be(json);
            Same(back, plan).Should().BeTrue(json);
        }, iter: Iterations);
    }

    [Fact]
    public void Generated_repair_requests_round_trip_without_loss_unknown_members_included()
    {
        s_request.Sample(request =>
        {
            var json = IntimacyKitJson.Serialize(request);
            var back = IntimacyKitJson.Deserialize<RepairRequest>(json);

            IntimacyKitJson.Serialize(back).Should().Be(json);
            (back with { AdditionalProperties = null }).Should().Be(request with { AdditionalProperties = null });
            SameExtras(back.AdditionalProperties, request.AdditionalProperties).Should().BeTrue(json);
        }, iter: Iterations);
    }

    [Fact]
    public void Validating_any_generated_plan_never_throws_and_every_problem_has_a_path_code_and_message()
    {
        var anyText = Gen.Null(s_text, 0.2);
        var plans = Gen.Select(s_plan, anyText, anyText, anyText, Gen.Bool, (plan, a, r, c, nullRecord) => plan with
        {
            Acknowledgement = a!,
            Remorse = r!,
            Change = c!,
            SchemaVersion = plan.SchemaVersion - 1,
            FollowThrough = nullRecord ? plan.FollowThrough.Add(null!) : plan.FollowThrough,
        });

        plans.Sample(plan =>
        {
            var result = plan.Validate();

            foreach (var problem in result.Problems)
            {
                problem.Path.Should().NotBeNullOrWhiteSpace();
                problem.Code.Should().MatchRegex("^[a-z]+(-[a-z]+)*$");
                problem.Message.Should().NotBeNullOrWhiteSpace();
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Validating_any_generated_request_never_throws()
    {
        var anyText = Gen.Null(s_text, 0.2);
        var requests = Gen.Select(s_request, anyText, anyText, anyText, (request, w, h, b) => request with { WhatToChange = w!, HowIWillKnow = h!, Boundary = b! });

        requests.Sample(request => request.Validate().Should().NotBeNull(), iter: Iterations);
    }

    [Fact]
    public void Reviewing_any_generated_text_never_throws_and_every_span_is_the_text_at_its_position()
    {
        var drafts = Gen.Select(s_text, s_text, s_text, (a, b, c) => $"{a} I'm sorry I {b}. From now on I'll {c} sorry if you");

        drafts.Sample(draft =>
        {
            var review = ApologyReviewer.Default.Review(draft);

            review.Findings.Should().NotBeEmpty("the draft has at least a non-apology or a missing step");
            foreach (var (start, length, text) in review.Steps.Select(s => (s.Start, s.Length, s.Text)).Concat(review.Findings.Select(f => (f.Start, f.Length, f.Text))))
            {
                draft.Substring(start, length).Should().Be(text);
            }
        }, iter: Iterations);
    }

    private static bool Same(RepairPlan a, RepairPlan b) =>
        a with { FollowThrough = [], AdditionalProperties = null } == b with { FollowThrough = [], AdditionalProperties = null }
        && SameExtras(a.AdditionalProperties, b.AdditionalProperties)
        && a.FollowThrough.Length == b.FollowThrough.Length
        && a.FollowThrough.Zip(b.FollowThrough).All(p =>
            p.First with { AdditionalProperties = null } == p.Second with { AdditionalProperties = null }
            && SameExtras(p.First.AdditionalProperties, p.Second.AdditionalProperties));

    private static bool SameExtras(IReadOnlyDictionary<string, JsonElement>? a, IReadOnlyDictionary<string, JsonElement>? b) =>
        (a is null || a.Count == 0) ? (b is null || b.Count == 0)
        : b is not null && a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && JsonElement.DeepEquals(p.Value, other));

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
