using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Repair;

/// <summary>What an <see cref="ApologyFinding"/> says about a draft apology.</summary>
/// <remarks>In JSON the values are lower kebab case: <c>missing-step</c>, <c>vague-change</c>, <c>non-apology</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<ApologyFindingKind>))]
public enum ApologyFindingKind
{
    /// <summary>A step of the repair checklist is not in the draft; the finding's <see cref="ApologyFinding.Step"/> says which.</summary>
    MissingStep = 1,

    /// <summary>The promised change has no concrete action ("I'll do better") or no time ("I'll text back sooner").</summary>
    VagueChange = 2,

    /// <summary>
    /// Wording that sounds like an apology but takes no responsibility: "sorry if you felt…", "sorry you feel that way",
    /// "sorry, but you…", or the passive "mistakes were made".
    /// </summary>
    NonApology = 3,
}
