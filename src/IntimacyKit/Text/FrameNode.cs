namespace IntimacyKit.Text;

/// <summary>A parsed frame: a short pattern over words and word classes (see <see cref="FrameParser"/>).</summary>
internal abstract record FrameNode
{
    /// <summary>Gets the fewest tokens a match of the node spans.</summary>
    public abstract int MinLength { get; }

    /// <summary>Gets the most tokens a match of the node spans.</summary>
    public abstract int MaxLength { get; }
}

/// <summary>One literal word.</summary>
internal sealed record WordNode(int Word) : FrameNode
{
    public override int MinLength => 1;

    public override int MaxLength => 1;
}

/// <summary>A word (or phrase) of a class, in some of its forms.</summary>
internal sealed record ClassNode(int Class, int Forms, int Longest) : FrameNode
{
    public override int MinLength => 1;

    public override int MaxLength => Longest;
}

/// <summary>Any one token (<c>_</c>), or one written a certain way (<c>&lt;caps&gt;</c>).</summary>
internal sealed record AnyNode(TokenFlags Required) : FrameNode
{
    public override int MinLength => 1;

    public override int MaxLength => 1;
}

/// <summary>Nodes one after another.</summary>
internal sealed record SequenceNode(IReadOnlyList<FrameNode> Items) : FrameNode
{
    public override int MinLength => Items.Sum(i => i.MinLength);

    public override int MaxLength => Items.Sum(i => i.MaxLength);
}

/// <summary>Any one of several nodes.</summary>
internal sealed record ChoiceNode(IReadOnlyList<FrameNode> Options) : FrameNode
{
    public override int MinLength => Options.Min(o => o.MinLength);

    public override int MaxLength => Options.Max(o => o.MaxLength);
}

/// <summary>A node repeated between <paramref name="Min"/> and <paramref name="Max"/> times.</summary>
internal sealed record RepeatNode(FrameNode Item, int Min, int Max) : FrameNode
{
    public override int MinLength => Item.MinLength * Min;

    public override int MaxLength => Item.MaxLength * Max;
}
