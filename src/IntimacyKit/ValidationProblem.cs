namespace IntimacyKit;

/// <summary>
/// One thing wrong with a value that a person or an app supplied: where it is, a stable code an app
/// can switch on, and a plain message that can be shown to a person.
/// </summary>
/// <param name="Path">
/// Where the problem is. For a content pack this is a JSON path such as <c>$.exercises[2].chapterId</c>;
/// for a model such as an exercise response it is a member path such as <c>answers.conflicts[1].right</c>.
/// </param>
/// <param name="Code">
/// A stable, lower-kebab-case code such as <c>required</c> or <c>duplicate-id</c>. Codes never change
/// between versions; the message may.
/// </param>
/// <param name="Message">A plain explanation of what is wrong, in English.</param>
/// <remarks>Instances are immutable and thread-safe; equality compares all three members.</remarks>
public sealed record ValidationProblem(string Path, string Code, string Message)
{
    /// <summary>Returns the problem as <c>path: message (code)</c>.</summary>
    /// <returns>A one-line description of the problem.</returns>
    public override string ToString() => $"{Path}: {Message} ({Code})";
}
