namespace IntimacyKit.Safety;

/// <summary>One place a person can turn to, such as an emergency number or a helpline, shown with a <see cref="SafetyResources.Message"/>.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record SafetyResource
{
    /// <summary>Creates a resource.</summary>
    /// <param name="name">What it is, such as <c>National Domestic Violence Hotline</c>.</param>
    /// <param name="contact">How to reach it: a phone number, a text code, an address or a web site.</param>
    /// <param name="description">When or why to use it, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="contact"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="contact"/> is empty or white space.</exception>
    public SafetyResource(string name, string contact, string? description = null)
    {
        Name = name;
        Contact = contact;
        Description = description;
    }

    /// <summary>Gets what the resource is, such as <c>National Domestic Violence Hotline</c>.</summary>
    /// <exception cref="ArgumentException">Set to empty or white space.</exception>
    public string Name
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Name));
            field = value;
        }
    }

    /// <summary>Gets how to reach the resource: a phone number, a text code, an address or a web site.</summary>
    /// <exception cref="ArgumentException">Set to empty or white space.</exception>
    public string Contact
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Contact));
            field = value;
        }
    }

    /// <summary>Gets when or why to use the resource, or <see langword="null"/>.</summary>
    public string? Description { get; init; }
}
