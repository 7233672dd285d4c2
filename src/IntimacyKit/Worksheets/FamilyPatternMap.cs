using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace IntimacyKit.Worksheets;

/// <summary>
/// The family-pattern map: one pattern a person notices in their relationship now, traced back to who did what
/// emotionally in the family they grew up in, and one deliberate new practice, because noticing a pattern alone does
/// not change it. After Harriet Lerner, <em>The Dance of Intimacy</em>, chapter 2.
/// </summary>
/// <remarks>
/// Valid when the pattern, at least one family role, the origin story and how it shows up now are filled;
/// the new practice is optional. Immutable and thread-safe; see <see cref="Worksheet"/> for equality and JSON.
/// </remarks>
public sealed record FamilyPatternMap : Worksheet
{
    private const string PatternLabel = "The pattern I notice now";
    private const string RolesLabel = "Who did what in my family";
    private const string OriginLabel = "Where I learned it";
    private const string NowLabel = "How it shows up now";
    private const string PracticeLabel = "A new practice to try";
    private const string PersonLabel = "Person";
    private const string RoleLabel = "What they did emotionally";

    /// <summary>Gets the pattern noticed now, such as "I go silent when we disagree about money".</summary>
    public required string Pattern { get; init; }

    /// <summary>Gets who did what emotionally in the family of origin, one entry per person.</summary>
    public ImmutableArray<FamilyRole> FamilyRoles { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the origin story: where the pattern was learned and what it protected then.</summary>
    public required string OriginStory { get; init; }

    /// <summary>Gets how the pattern shows up in the relationship now: the moment, the move, the partner's answering move.</summary>
    public required string ShowsUpNow { get; init; }

    /// <summary>Gets one deliberate new practice to try instead, or <see langword="null"/>.</summary>
    public string? NewPractice { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Heading => "Family-pattern map";

    /// <inheritdoc/>
    [JsonIgnore]
    public override int ChapterNumber => 2;

    private protected override void Check(WorksheetCheck check)
    {
        check.Text("pattern", Pattern, PatternLabel);
        foreach (var (i, role) in check.Items("familyRoles", FamilyRoles, RolesLabel))
        {
            var path = WorksheetCheck.Index("familyRoles", i);
            check.Text(path + ".person", role.Person, PersonLabel);
            check.Text(path + ".role", role.Role, RoleLabel);
        }

        check.Text("originStory", OriginStory, OriginLabel);
        check.Text("showsUpNow", ShowsUpNow, NowLabel);
        check.Text("newPractice", NewPractice, PracticeLabel, required: false);
    }

    private protected override void Write(WorksheetWriter writer)
    {
        writer.Answer(PatternLabel, Pattern);
        writer.Section(RolesLabel);
        writer.Table(
            [PersonLabel, RoleLabel],
            FamilyRoles.Where(r => r is not null).Select(r => (IReadOnlyList<string?>)[r.Person, r.Role]));
        writer.Answer(OriginLabel, OriginStory);
        writer.Answer(NowLabel, ShowsUpNow);
        writer.Answer(PracticeLabel, NewPractice);
        writer.Prompt("Seeing the pattern is the first step; changing it takes a new practice, repeated, and some discomfort along the way.");
    }
}
