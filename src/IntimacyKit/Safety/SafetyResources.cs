using System.Collections.Immutable;

namespace IntimacyKit.Safety;

/// <summary>
/// What an app shows a person whose text trips the <see cref="SafetyScreen"/>: a message and the places they can turn to.
/// Hotlines differ from country to country, so the app supplies its own; <see cref="Default"/> is a neutral message
/// without any phone number.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; equality compares the message and the resources in order.</remarks>
public sealed record SafetyResources
{
    /// <summary>Creates the message and resources to show.</summary>
    /// <param name="message">The message, in the app's language.</param>
    /// <param name="resources">The places to turn to, in the order to show them; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is empty or white space, or <paramref name="resources"/> holds <see langword="null"/>.</exception>
    public SafetyResources(string message, ImmutableArray<SafetyResource> resources)
    {
        Message = message;
        Resources = resources;
    }

    /// <summary>
    /// Gets the neutral default: a warm message that says what was written sounds serious and that the person deserves
    /// to be safe, points to local emergency services for immediate danger and to a trusted person or a local helpline,
    /// and resources of the same kinds. It names no country and no phone number: an app should supply its own.
    /// </summary>
    public static SafetyResources Default { get; } = new(
        "What you've written sounds serious, and we're glad you wrote it down. You deserve to be safe, and none of this is your fault. "
            + "If you or anyone else is in immediate danger, contact your local emergency services now. "
            + "When you can, talk to someone you trust, or to a local helpline: people there listen in confidence, "
            + "without judging, and can help you think through what to do next, at your own pace.",
        [
            new SafetyResource("Emergency services", "Your local emergency number", "If you, your children or anyone else is in immediate danger."),
            new SafetyResource("A local helpline", "A domestic abuse helpline, or a crisis line if you are thinking about harming yourself", "Trained people who listen in confidence and can help you plan your next steps."),
            new SafetyResource("Someone you trust", "A friend, a family member, a doctor or a counsellor", "You don't have to carry this alone."),
        ]);

    /// <summary>Gets the message to show, in the app's language.</summary>
    /// <exception cref="ArgumentException">Set to empty or white space.</exception>
    public string Message
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Message));
            field = value;
        }
    }

    /// <summary>Gets the places to turn to, in the order to show them; may be empty.</summary>
    /// <exception cref="ArgumentException">Set to an array that holds <see langword="null"/>.</exception>
    public ImmutableArray<SafetyResource> Resources
    {
        get;
        init
        {
            value = value.OrEmpty();
            if (value.Contains(null!))
            {
                throw new ArgumentException("The resources must not contain null.", nameof(Resources));
            }

            field = value;
        }
    }

    /// <summary>Compares the message and the resources, in order.</summary>
    /// <param name="other">The other instance.</param>
    /// <returns><see langword="true"/> when both hold the same message and equal resources in the same order.</returns>
    public bool Equals(SafetyResources? other) =>
        other is not null
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && Resources.SequenceEqual(other.Resources);

    /// <summary>Returns a hash code of the message and the resources.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Message, StringComparer.Ordinal);
        foreach (var resource in Resources)
        {
            hash.Add(resource);
        }

        return hash.ToHashCode();
    }
}
