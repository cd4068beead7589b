using System.Collections.Immutable;
using ReplyLint.Text;

namespace ReplyLint.Diagnostics;

/// <summary>One replacement of source text: the span and what goes there instead.</summary>
/// <param name="Span">The span to replace (empty for an insertion).</param>
/// <param name="NewText">The replacement (empty for a deletion).</param>
public sealed record TextEdit(TextSpan Span, string NewText);

/// <summary>A safe mend for a finding: a title and the edits that make it.</summary>
/// <param name="Title">What the fix does, such as <c>Replace with 'I'm sorry for the trouble'</c>.</param>
/// <param name="Edits">The edits, not overlapping, in source order.</param>
public sealed record Fix(string Title, ImmutableArray<TextEdit> Edits)
{
    /// <summary>A fix that replaces one span.</summary>
    public static Fix Replace(TextSpan span, string newText, string? title = null) =>
        new(title ?? $"Replace with '{newText}'", [new TextEdit(span, newText)]);
}
