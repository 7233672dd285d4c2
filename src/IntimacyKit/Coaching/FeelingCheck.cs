using System.Collections.Immutable;

namespace IntimacyKit.Coaching;

/// <summary>
/// The result of <see cref="FeelingsVocabulary.CheckFeeling(string)"/>: whether a word names a feeling, and, for a thought
/// or an accusation dressed as a feeling, a warning with feelings to use instead.
/// </summary>
/// <param name="IsFeeling">Whether the text is a feeling word (or words) of the vocabulary, such as <c>hurt</c> or <c>hurt and lonely</c>.</param>
/// <param name="Warning">
/// Why the text is not a feeling when it is a thought ("that you don't care", "like you…") or a faux feeling that accuses
/// ("abandoned", "manipulated"); <see langword="null"/> for a feeling, and for words the vocabulary does not know.
/// </param>
/// <param name="Alternatives">Feelings to use instead, given with a <paramref name="Warning"/>; empty otherwise.</param>
/// <remarks>Instances are immutable and thread-safe. Record equality compares the collections by reference.</remarks>
public sealed record FeelingCheck(bool IsFeeling, string? Warning, ImmutableArray<string> Alternatives);
