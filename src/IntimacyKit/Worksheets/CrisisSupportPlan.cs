using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace IntimacyKit.Worksheets;

/// <summary>
/// The crisis support plan, for an illness, a loss or another hard stretch: the practical needs and who takes each on,
/// agreed check-ins, and how each partner wants to be supported, asked rather than assumed. Sharing the load and
/// naming it keeps care from turning into resentment. After Harriet Lerner, <em>The Dance of Intimacy</em>, chapter 9.
/// </summary>
/// <remarks>
/// Valid with a situation, at least one practical need (each with someone who takes it on), at least one check-in,
/// and both partners' answers on how they want to be supported. Immutable and thread-safe; see <see cref="Worksheet"/>
/// for equality and JSON.
/// </remarks>
public sealed record CrisisSupportPlan : Worksheet
{
    private const string SituationLabel = "What we are facing";
    private const string NeedsLabel = "Practical needs";
    private const string CheckInsLabel = "Agreed check-ins";

    /// <summary>Gets the first partner's name as it should be shown, or <see langword="null"/> for "Partner 1".</summary>
    public string? FirstPartnerName { get; init; }

    /// <summary>Gets the second partner's name as it should be shown, or <see langword="null"/> for "Partner 2".</summary>
    public string? SecondPartnerName { get; init; }

    /// <summary>Gets what the couple is facing, such as "Alex's surgery and the six weeks of recovery after it".</summary>
    public required string Situation { get; init; }

    /// <summary>Gets the practical needs and who takes each on.</summary>
    public ImmutableArray<PracticalNeed> PracticalNeeds { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the agreed check-ins.</summary>
    public ImmutableArray<AgreedCheckIn> CheckIns { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets how the first partner wants to be supported, in their own words.</summary>
    public required string FirstPartnerSupport { get; init; }

    /// <summary>Gets how the second partner wants to be supported, in their own words.</summary>
    public required string SecondPartnerSupport { get; init; }

    /// <summary>Gets the day the couple will look at the plan again, or <see langword="null"/>.</summary>
    public DateOnly? ReviewOn { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Heading => "Crisis support plan";

    /// <inheritdoc/>
    [JsonIgnore]
    public override int ChapterNumber => 9;

    private string First => string.IsNullOrWhiteSpace(FirstPartnerName) ? "Partner 1" : FirstPartnerName;

    private string Second => string.IsNullOrWhiteSpace(SecondPartnerName) ? "Partner 2" : SecondPartnerName;

    private protected override void Check(WorksheetCheck check)
    {
        check.Text("firstPartnerName", FirstPartnerName, "First partner's name", required: false);
        check.Text("secondPartnerName", SecondPartnerName, "Second partner's name", required: false);
        check.Text("situation", Situation, SituationLabel);
        foreach (var (i, need) in check.Items("practicalNeeds", PracticalNeeds, NeedsLabel))
        {
            var path = WorksheetCheck.Index("practicalNeeds", i);
            check.Text(path + ".need", need.Need, "Need");
            if (need.DoneBy is { } doneBy)
            {
                check.Defined(path + ".doneBy", doneBy, "Who takes it on");
            }
            else if (need.Helper is null)
            {
                check.Add(path + ".doneBy", "required", "Say who takes this need on: a partner, both, or a helper from outside.");
            }

            check.Text(path + ".helper", need.Helper, "Helper", required: false);
        }

        foreach (var (i, checkIn) in check.Items("checkIns", CheckIns, CheckInsLabel))
        {
            var path = WorksheetCheck.Index("checkIns", i);
            if (checkIn.Day is { } day)
            {
                check.Defined(path + ".day", day, "Day");
            }

            check.Text(path + ".focus", checkIn.Focus, "What the check-in is for");
        }

        check.Text("firstPartnerSupport", FirstPartnerSupport, $"How {First} wants to be supported");
        check.Text("secondPartnerSupport", SecondPartnerSupport, $"How {Second} wants to be supported");
    }

    private protected override void Write(WorksheetWriter writer)
    {
        writer.Answer(SituationLabel, Situation);
        writer.Section(NeedsLabel);
        writer.Table(
            ["Need", "Who takes it on"],
            PracticalNeeds.Where(n => n is not null).Select(n => (IReadOnlyList<string?>)[n.Need, Who(n)]));
        writer.Section(CheckInsLabel);
        writer.Table(
            ["When", "What for"],
            CheckIns.Where(c => c is not null).Select(c => (IReadOnlyList<string?>)[When(writer, c), c.Focus]));
        writer.Section("How each of us wants to be supported");
        writer.Prompt("Ask rather than assume: what would help you most this week?");
        writer.Answer(First, FirstPartnerSupport);
        writer.Answer(Second, SecondPartnerSupport);
        if (ReviewOn is { } review)
        {
            writer.Answer("We look at this plan again on", writer.Date(review));
        }
    }

    private static string When(WorksheetWriter writer, AgreedCheckIn checkIn)
    {
        var day = checkIn.Day is { } d && Enum.IsDefined(d) ? writer.Day(d) : "Every day";
        return checkIn.Time is { } time ? $"{day}, {writer.Time(time)}" : day;
    }

    private string? Who(PracticalNeed need)
    {
        var partner = need.DoneBy switch
        {
            Carrier.FirstPartner => First,
            Carrier.SecondPartner => Second,
            Carrier.Both => "Both of us",
            _ => null,
        };
        return (partner, need.Helper) switch
        {
            (null, var helper) => helper,
            (var p, null) => p,
            (var p, var helper) => $"{p}, with {helper}",
        };
    }
}
