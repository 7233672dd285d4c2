using System.Collections.Immutable;

namespace IntimacyKit.Coaching;

/// <summary>
/// A message recast as the honesty formula, <c>I feel [feeling] when [behaviour]; I'd like [request].</c>, with the
/// parts the <see cref="MessageCoach"/> could infer from the message filled in and the rest left as named blanks.
/// </summary>
/// <remarks>
/// The coach infers a part only from the message's own words: a feeling from a feeling word or from the feelings beneath
/// a faux feeling, a behaviour from a "when you …" or "you always …" clause, a request from a "you should …" or
/// "please …" clause. It is a starting point for the person to finish in their own words. Instances are immutable and
/// thread-safe. Record equality compares the collections by reference.
/// </remarks>
public sealed record HonestyRewrite
{
    /// <summary>
    /// Gets the rewrite rendered through the built-in <c>honesty-formula-script</c> template, such as
    /// <c>I feel lonely when you don't call; I'd like [request].</c>
    /// </summary>
    public required string Text { get; init; }

    /// <summary>Gets the feeling the coach inferred, or <see langword="null"/> when it is a blank.</summary>
    public string? Feeling { get; init; }

    /// <summary>Gets the behaviour the coach inferred, or <see langword="null"/> when it is a blank.</summary>
    public string? Behaviour { get; init; }

    /// <summary>Gets the request the coach inferred, or <see langword="null"/> when it is a blank.</summary>
    public string? Request { get; init; }

    /// <summary>
    /// Gets the names of the parts left blank, in the template's order: <c>feeling</c>, <c>behaviour</c> and <c>request</c>;
    /// each appears in <see cref="Text"/> as <c>[feeling]</c>, <c>[behaviour]</c> or <c>[request]</c>.
    /// </summary>
    public ImmutableArray<string> Blanks { get; init => field = value.OrEmpty(); } = [];
}
