namespace IntimacyKit;

/// <summary>
/// The base class of every exception that IntimacyKit throws on purpose, so that an app can catch
/// the library's own errors in one place. Programmer errors, such as a <see langword="null"/> argument,
/// are reported with the most specific exception of the base class library instead.
/// </summary>
public abstract class IntimacyKitException : Exception
{
    /// <summary>Initializes a new instance with a message that says what went wrong.</summary>
    /// <param name="message">A plain explanation of the error.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    protected IntimacyKitException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
