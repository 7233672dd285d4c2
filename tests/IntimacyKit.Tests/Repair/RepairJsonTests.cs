using System.Text.Json;
using IntimacyKit.Repair;
using IntimacyKit.Serialization;

namespace IntimacyKit.Tests.Repair;

public sealed class RepairJsonTests
{
    [Fact]
    public void A_plan_is_written_with_camel_case_members_iso_dates_and_its_schema_version()
    {
        var json = IntimacyKitJson.Serialize(RepairTestData.Plan.WithFollowThrough(new FollowThroughRecord { Date = RepairTestData.Monday, Kept = true }));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("schemaVersion").GetInt32().Should().Be(RepairPlan.CurrentSchemaVersion);
        root.GetProperty("changeStartsOn").GetString().Should().Be("2026-12-07");
        root.GetProperty("followThrough")[0].GetProperty("kept").GetBoolean().Should().BeTrue();
        root.TryGetProperty("followUpHeldOn", out _).Should().BeFalse("null members are left out");
    }

    [Fact]
    public void A_plan_from_a_newer_app_keeps_the_members_this_version_does_not_know_at_every_level()
    {
        const string json = """
            {
              "acknowledgement": "missed your recital",
              "remorse": "that you looked for me and I wasn't there",
              "change": "put every school event in my calendar the day the letter comes",
              "changeStartsOn": "2026-12-07",
              "reparativeAct": "take you both out for ice cream on Saturday",
              "followUpOn": "2026-12-20",
              "followThrough": [ { "date": "2026-12-08", "kept": true, "mood": { "score": 4 } } ],
              "sharedWithPartner": true
            }
            """;

        var plan = IntimacyKitJson.Deserialize<RepairPlan>(json);
        var written = IntimacyKitJson.Serialize(plan);

        plan.SchemaVersion.Should().Be(RepairPlan.CurrentSchemaVersion, "a document without a version is read as the current one");
        plan.AdditionalProperties!["sharedWithPartner"].GetBoolean().Should().BeTrue();
        plan.FollowThrough[0].AdditionalProperties!["mood"].GetProperty("score").GetInt32().Should().Be(4);
        written.Should().Contain("\"sharedWithPartner\": true").And.Contain("\"score\": 4");
        plan.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_request_without_a_required_member_is_a_json_error_that_names_it()
    {
        const string json = """{ "whatToChange": "tell me by Thursday", "howIWillKnow": "no Friday cancellations" }""";

        var act = () => IntimacyKitJson.Deserialize<RepairRequest>(json);

        act.Should().Throw<JsonException>().WithMessage("*boundary*");
    }

    [Fact]
    public void A_request_round_trips()
    {
        var request = RepairTestData.Request with { AdditionalProperties = new Dictionary<string, JsonElement> { ["app"] = JsonDocument.Parse("\"demo\"").RootElement.Clone() } };

        var back = IntimacyKitJson.Deserialize<RepairRequest>(IntimacyKitJson.Serialize(request));

        (back with { AdditionalProperties = null }).Should().Be(request with { AdditionalProperties = null });
        back.AdditionalProperties!["app"].GetString().Should().Be("demo");
    }
}
