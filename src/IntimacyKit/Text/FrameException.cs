namespace IntimacyKit.Text;

/// <summary>
/// A rule or lexicon file the engine cannot use: the JSON path of what is wrong and what is wrong with it. The
/// public loaders turn it into their own exception with a <see cref="ValidationProblem"/>.
/// </summary>
internal sealed class FrameException(string path, string message) : Exception($"{path}: {message}")
{
    /// <summary>Gets the JSON path of the member at fault.</summary>
    public string Path { get; } = path;

    /// <summary>Gets what is wrong, without the path.</summary>
    public string Problem { get; } = message;
}
