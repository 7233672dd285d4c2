using System.Collections.Immutable;

namespace IntimacyKit.Coaching;

/// <summary>A family of related feeling words in the <see cref="FeelingsVocabulary"/>, such as <c>scared</c>: afraid, anxious, worried….</summary>
/// <param name="Name">The family's name, such as <c>scared</c>.</param>
/// <param name="Words">The feeling words of the family, in lower case.</param>
/// <remarks>Instances are immutable and thread-safe. Record equality compares the collections by reference.</remarks>
public sealed record FeelingFamily(string Name, ImmutableArray<string> Words);
