using System.Text.Json.Serialization;
using IntimacyKit.Exercises;

namespace IntimacyKit.Assessments;

/// <summary>
/// What one partner may see of a <see cref="JointSession"/>: their own answers in full, and the other partner's
/// shared answers only once both have answered. Made by <see cref="JointSession.ViewFor(string)"/>; safe to
/// serialize and send to the viewer's device.
/// </summary>
/// <remarks>
/// The other partner's private answers and their unknown JSON members are never in a view, before or after both
/// have answered. Instances are immutable and thread-safe.
/// </remarks>
public sealed record PartnerView
{
    /// <summary>Gets the id of the exercise the session is about.</summary>
    public required string ExerciseId { get; init; }

    /// <summary>Gets the identifier of the partner this view is for.</summary>
    public required string ViewerId { get; init; }

    /// <summary>Gets the identifier of the other partner.</summary>
    public required string OtherPartnerId { get; init; }

    /// <summary>Gets the viewer's own answers, private ones included, or <see langword="null"/> when they have not answered yet.</summary>
    public ExerciseResponse? OwnResponse { get; init; }

    /// <summary>Gets a value indicating whether the other partner has answered (their answers stay hidden until the viewer has too).</summary>
    public required bool OtherHasAnswered { get; init; }

    /// <summary>
    /// Gets the other partner's shared answers once both have answered, or <see langword="null"/> until then.
    /// Answers the other partner marked private are left out.
    /// </summary>
    public ExerciseResponse? OtherSharedResponse { get; init; }

    /// <summary>Gets how many answers the other partner kept private; 0 until both have answered.</summary>
    public int OtherPrivateAnswerCount { get; init; }

    /// <summary>Gets a value indicating whether both partners have answered, so the other's shared answers are visible.</summary>
    [JsonIgnore]
    public bool BothAnswered => OwnResponse is not null && OtherHasAnswered;
}
