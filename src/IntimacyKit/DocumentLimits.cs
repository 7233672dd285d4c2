namespace IntimacyKit;

/// <summary>
/// The limits every document IntimacyKit reads is held to: content packs, questionnaires and the documents people fill
/// in (exercise responses, assessment answers, joint sessions, experiment plans, experiments, repair plans and
/// requests, worksheets). The same limits are stated in the published JSON Schema.
/// </summary>
/// <remarks>
/// <para>
/// Reading (<see cref="Serialization.IntimacyKitJson"/>, <see cref="ContentPack.Parse(string)"/> and the other
/// loaders) refuses a document over a limit with the JSON path of the first value at fault; each document's
/// <c>Validate</c>, and <see cref="IntimacyCatalog.WithContentPack(ContentPack)"/>, report every value over a limit,
/// so a document built in code is held to the same limits as one read from JSON. A worksheet over a limit is not
/// rendered (<see cref="DocumentLimitException"/>), and an experiment refuses a change that would take it over one.
/// </para>
/// <para>
/// Lengths are counted in UTF-16 characters (<see cref="string.Length"/>). Which limit applies to a value depends on
/// its member's name: ids and references (<c>id</c>, a member ending in <c>Id</c>, an entry of a member ending in
/// <c>Ids</c>) take <see cref="MaxIdLength"/>; titles, names, labels and column headings
/// (<c>title</c>, <c>name</c>, <c>label</c>, <c>leftColumn</c>, <c>rightColumn</c>) take <see cref="MaxNameLength"/>;
/// every other text, including the members a document keeps in <see cref="UserDocument.AdditionalProperties"/>,
/// takes <see cref="MaxTextLength"/>.
/// </para>
/// <para>The article "Limits and strictness" lists every limit with the members it applies to.</para>
/// </remarks>
public static class DocumentLimits
{
    /// <summary>The longest id, reference, member name or map key: 100 characters.</summary>
    public const int MaxIdLength = 100;

    /// <summary>The longest title, name, label or column heading: 200 characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>
    /// The longest of any other text (an instruction, an answer, a note, a script's source): 4,000 characters. It is also
    /// the largest <c>maxLength</c> an exercise field may set, and the length a field takes when it sets none.
    /// </summary>
    public const int MaxTextLength = 4000;

    /// <summary>The most entries in one list, or members in one object, below a document's top level: 200.</summary>
    public const int MaxItems = 200;

    /// <summary>
    /// The most entries in one list at a document's top level, such as a pack's <c>exercises</c> or an experiment's
    /// <c>events</c>: 2,000.
    /// </summary>
    public const int MaxSectionItems = 2000;

    /// <summary>The largest document, in bytes of UTF-8 JSON: 16 MiB.</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays: 32.</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest length of time a document may hold (a duration answer, a pause): 7 days.</summary>
    public const int MaxDurationDays = 7;

    /// <summary>The earliest year a date in a document may have: 1900.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a date in a document may have: 2199.</summary>
    public const int MaxYear = 2199;
}
