namespace IntimacyKit.Text;

/// <summary>
/// One rule as the engine compiles it: the frames that find it, and the frames that excuse a match of it.
/// </summary>
/// <param name="Path">The rule's JSON path, for errors (<c>$.rules[3]</c>).</param>
/// <param name="Frames">The frames, any of which finds the rule.</param>
/// <param name="Unless">Frames that excuse a match when one matches from any word of the match (reading at most <see cref="FrameMatcher.UnlessReach"/> tokens past its end).</param>
/// <param name="UnlessBefore">Frames that excuse a match when one ends just before the match's first word.</param>
/// <param name="UnlessSentence">Frames that excuse a match when one matches anywhere in the match's sentence.</param>
internal sealed record FrameRule(
    string Path,
    IReadOnlyList<string> Frames,
    IReadOnlyList<string> Unless,
    IReadOnlyList<string> UnlessBefore,
    IReadOnlyList<string> UnlessSentence);
