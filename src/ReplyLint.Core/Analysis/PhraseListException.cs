namespace ReplyLint.Analysis;

/// <summary>A phrase list or one of its patterns is malformed. The message is one line that starts with the
/// place of the problem, such as <c>acme.yaml(4,7): an empty group '()' ...; expected ....</c></summary>
public sealed class PhraseListException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public PhraseListException()
        : base("The phrase list is malformed.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    public PhraseListException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public PhraseListException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception that says where the problem is.</summary>
    /// <param name="message">The whole one-line message, position included.</param>
    /// <param name="sourceName">The file or resource the list came from; null when unknown.</param>
    /// <param name="line">The 1-based line of the problem; 0 when unknown.</param>
    /// <param name="column">The 1-based column of the problem; 0 when unknown.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public PhraseListException(string message, string? sourceName, int line, int column, Exception? innerException = null)
        : base(message, innerException)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
    }

    /// <summary>The file or resource the list came from; null when unknown.</summary>
    public string? SourceName { get; }

    /// <summary>The 1-based line of the problem; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the problem; 0 when unknown.</summary>
    public int Column { get; }
}
