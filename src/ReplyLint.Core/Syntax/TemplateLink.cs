using ReplyLint.Text;

namespace ReplyLint.Syntax;

/// <summary>A link, URL or e-mail address in the prose: something the customer can act on.</summary>
/// <param name="Span">The span of the link as written.</param>
/// <param name="Target">The URL or address.</param>
public sealed record TemplateLink(TextSpan Span, string Target);
