namespace IntimacyKit.Text;

/// <summary>
/// One rule of a reader built on the engine (the coach, the apology review): what finds it, and what excuses a match.
/// Most rules are frames (<see cref="TextRuleForm.Frames"/>), whose <see cref="Unless"/>, <see cref="UnlessBefore"/> and
/// <see cref="UnlessSentence"/> frames the engine applies as it does for <see cref="FrameRule"/>; a rule may also be
/// about how words are written rather than which words they are (<see cref="TextRuleForm.Capitals"/>,
/// <see cref="TextRuleForm.StackedMarks"/>), and then its exception frames are looked for in the match's sentence.
/// </summary>
/// <param name="Path">The rule's JSON path, for errors (<c>$.rules[3]</c>).</param>
internal sealed record TextRule(string Path)
{
    /// <summary>Gets what finds the rule.</summary>
    public TextRuleForm Form { get; init; }

    /// <summary>Gets the frames, any of which finds a <see cref="TextRuleForm.Frames"/> rule.</summary>
    public IReadOnlyList<string> Frames { get; init; } = [];

    /// <summary>
    /// Gets frames that excuse a match: for frames, as <see cref="FrameRule.Unless"/>; for a written form, when one
    /// matches in the match's sentence from its first word on.
    /// </summary>
    public IReadOnlyList<string> Unless { get; init; } = [];

    /// <summary>
    /// Gets frames that excuse a match: for frames, as <see cref="FrameRule.UnlessBefore"/>; for a written form, when one
    /// matches in the match's sentence before it.
    /// </summary>
    public IReadOnlyList<string> UnlessBefore { get; init; } = [];

    /// <summary>Gets frames that excuse a match when one matches anywhere in its sentence.</summary>
    public IReadOnlyList<string> UnlessSentence { get; init; } = [];

    /// <summary>
    /// Gets frames that excuse a match when one holds all the words of its sentence before it ("Do" in "Do you always
    /// …?", where "Why do you always …?" stays a finding).
    /// </summary>
    public IReadOnlyList<string> UnlessOpening { get; init; } = [];

    /// <summary>
    /// Gets frames that excuse a match when one starts at its first word and closes its clause ("you shouldn't have!",
    /// where "you shouldn't have said that" stays a finding).
    /// </summary>
    public IReadOnlyList<string> UnlessClosing { get; init; } = [];

    /// <summary>Gets whether a match must open its sentence or clause (nothing but white space since the last punctuation mark).</summary>
    public bool Opening { get; init; }

    /// <summary>Gets whether a match must close its clause (nothing but white space until the next punctuation mark).</summary>
    public bool Closing { get; init; }

    /// <summary>Gets the fewest letters a match must hold; shorter matches are not findings.</summary>
    public int MinLetters { get; init; }

    /// <summary>Gets, for a <see cref="TextRuleForm.Capitals"/> rule, the class of words written in capitals as a matter of course (acronyms): a run of only those is not a match.</summary>
    public string? Acronyms { get; init; }
}

/// <summary>What finds a <see cref="TextRule"/>.</summary>
internal enum TextRuleForm
{
    /// <summary>Its frames, over words and word classes.</summary>
    Frames,

    /// <summary>Words written in capitals: two or more in a row, or one (a word of one letter only inside a run).</summary>
    Capitals,

    /// <summary>Stacked punctuation: three or more exclamation marks, or exclamation and question marks together ("?!").</summary>
    StackedMarks,
}
