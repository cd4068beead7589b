namespace ReplyLint.Parsing;

/// <summary>A template cannot be parsed at all, such as Markdown nested deeper than the Markdown reader goes. The
/// message is one sentence without a final period that says why; the engine reports it as RL0002.</summary>
public sealed class TemplateParseException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public TemplateParseException()
        : base("the template could not be parsed")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    public TemplateParseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public TemplateParseException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
