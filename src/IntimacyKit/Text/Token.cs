namespace IntimacyKit.Text;

/// <summary>
/// One word of a text as the engine reads it: where it is in the text, and which word of the lexicon it is. A
/// contraction gives two tokens with the same span ("won't" is "will" and "not").
/// </summary>
/// <param name="Start">The index of its first character in the text.</param>
/// <param name="Length">The number of characters it spans.</param>
/// <param name="Word">The lexicon's id of the normalised word, or <see cref="Lexicon.Unknown"/>.</param>
/// <param name="Flags">What the engine noticed about how it was written.</param>
internal readonly record struct Token(int Start, int Length, int Word, TokenFlags Flags)
{
    /// <summary>Gets the index just past its last character.</summary>
    public int End => Start + Length;
}

/// <summary>How a token was written.</summary>
[Flags]
internal enum TokenFlags : byte
{
    /// <summary>Nothing of note.</summary>
    None = 0,

    /// <summary>Two or more letters, all capitals ("NEVER").</summary>
    Capitals = 1,

    /// <summary>A punctuation mark that separates clauses (a comma or semicolon).</summary>
    Separator = 2,
}
