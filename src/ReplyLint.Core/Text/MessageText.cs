namespace ReplyLint.Text;

/// <summary>Turns text from elsewhere (an exception's message, a YAML error) into part of a one-line message.</summary>
internal static class MessageText
{
    /// <summary>The text on one line: line breaks and tabs become single spaces, and each line is trimmed.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The text on one line, without a final period and starting in lower case, to sit inside a sentence
    /// (<c>invalid YAML: while parsing a block mapping, ...; expected ...</c>).</summary>
    public static string Clause(string text)
    {
        var clause = OneLine(text).TrimEnd('.');
        return clause.Length == 0 ? clause : char.ToLowerInvariant(clause[0]) + clause[1..];
    }
}
