using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Parsing;

/// <summary>A prose block as a reader found it, before it is split into sentences.</summary>
internal sealed record BlockDraft(ProseBlockKind Kind, TextSpan Span, bool IsQuoted, bool IsOrderedListItem, ProseBuffer Prose);
