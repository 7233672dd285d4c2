namespace IntimacyKit.Worksheets;

/// <summary>
/// One task of a <see cref="TaskFairnessLedger"/>: what it is, what kind of work, and who carries each part of it:
/// thinking of it, planning it, doing it.
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares every member.</remarks>
public sealed record FairnessTask
{
    /// <summary>Gets the task, such as "dinner on weeknights" or "remembering family birthdays". Unique within the ledger, ignoring case.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the kind of work.</summary>
    public required TaskKind Kind { get; init; }

    /// <summary>Gets who notices that it needs doing and keeps it in mind.</summary>
    public required Carrier Conception { get; init; }

    /// <summary>Gets who works out how and when.</summary>
    public required Carrier Planning { get; init; }

    /// <summary>Gets who does it.</summary>
    public required Carrier Doing { get; init; }

    /// <summary>Gets who carries one part of the task.</summary>
    /// <param name="role">The part.</param>
    /// <returns>The carrier of that part.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined <see cref="TaskRole"/>.</exception>
    public Carrier CarrierOf(TaskRole role) => role switch
    {
        TaskRole.Conception => Conception,
        TaskRole.Planning => Planning,
        TaskRole.Doing => Doing,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a task role."),
    };

    /// <summary>Returns a copy with one part of the task carried by someone else.</summary>
    /// <param name="role">The part.</param>
    /// <param name="carrier">Who carries it now.</param>
    /// <returns>A new task; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined <see cref="TaskRole"/>.</exception>
    public FairnessTask WithCarrier(TaskRole role, Carrier carrier) => role switch
    {
        TaskRole.Conception => this with { Conception = carrier },
        TaskRole.Planning => this with { Planning = carrier },
        TaskRole.Doing => this with { Doing = carrier },
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a task role."),
    };
}
