using ReplyLint.Text;

namespace ReplyLint.Exports;

/// <summary>An export that cannot be read: invalid JSON or YAML, or a value of the wrong type where a template should be.
/// The span is where, in the file; the message is one phrase without a final period, as RL0002 quotes it.</summary>
internal sealed class ExportFormatException(TextSpan span, string message) : Exception(message)
{
    public TextSpan Span { get; } = span;
}
