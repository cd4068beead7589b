namespace ReplyLint.Engine;

/// <summary>A file is not a baseline ReplyLint can read: not JSON, the wrong shape or version, binary or too large.
/// The message is one line without a final period that says what is wrong, with the line and column when there is
/// one, such as <c>invalid JSON at line 3, column 5: ...</c>; it does not name the file.</summary>
public sealed class BaselineFormatException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public BaselineFormatException()
        : base("it is not a ReplyLint baseline")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    public BaselineFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public BaselineFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
