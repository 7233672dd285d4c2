using System.Text.Json.Serialization;
using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>The score of one intimacy-anxiety response in an <see cref="AssessmentProfile"/>: the points of its questions.</summary>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record ResponseScore
{
    /// <summary>Gets the response scored.</summary>
    public required AnxietyResponse Response { get; init; }

    /// <summary>Gets the sum of the answers to the response's questions, each reversed statement's answer reversed on the scale.</summary>
    public required int Points { get; init; }

    /// <summary>Gets how many questions count toward the response.</summary>
    public required int QuestionCount { get; init; }

    /// <summary>Gets the lowest possible <see cref="Points"/>: every answer at the bottom of the scale.</summary>
    public required int MinPoints { get; init; }

    /// <summary>Gets the highest possible <see cref="Points"/>: every answer at the top of the scale.</summary>
    public required int MaxPoints { get; init; }

    /// <summary>
    /// Gets where <see cref="Points"/> lies between <see cref="MinPoints"/> (0) and <see cref="MaxPoints"/> (1), so
    /// responses with different numbers of questions compare fairly; 0 when the range is empty.
    /// </summary>
    [JsonIgnore]
    public double Share => MaxPoints > MinPoints ? (double)(Points - MinPoints) / (MaxPoints - MinPoints) : 0;

    /// <summary>Compares the shares of two scores exactly, without rounding.</summary>
    internal int CompareShare(ResponseScore other)
    {
        long mine = (long)(Points - MinPoints) * Math.Max(other.MaxPoints - other.MinPoints, 1);
        long theirs = (long)(other.Points - other.MinPoints) * Math.Max(MaxPoints - MinPoints, 1);
        return mine.CompareTo(theirs);
    }
}
