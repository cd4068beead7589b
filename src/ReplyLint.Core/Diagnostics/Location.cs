using ReplyLint.Text;

namespace ReplyLint.Diagnostics;

/// <summary>Where a finding is: the file as reported, the span, and its lines and columns.</summary>
/// <param name="Path">The path as reported: relative to the working directory, with <c>/</c>.</param>
/// <param name="Span">The UTF-16 span in the decoded text.</param>
/// <param name="LineSpan">The 1-based lines and columns of the span; the end is one past the last character.</param>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>A location in <paramref name="text"/>.</summary>
    public static Location Create(string path, SourceText text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Location(path, span, text.GetLinePositionSpan(span));
    }

    /// <summary>A location for a file that could not be read: line 1, column 1.</summary>
    public static Location FileStart(string path) =>
        new(path, default, new LinePositionSpan(new LinePosition(1, 1), new LinePosition(1, 1)));
}
