using ReplyLint.Text;

namespace ReplyLint.Syntax;

/// <summary>The syntax of a comment in a template.</summary>
public enum CommentSyntax
{
    /// <summary><c>&lt;!-- ... --&gt;</c></summary>
    Html,

    /// <summary><c>{{!-- ... --}}</c> or <c>{{! ... }}</c></summary>
    Handlebars,

    /// <summary><c>{% comment %} ... {% endcomment %}</c></summary>
    Liquid,
}

/// <summary>A comment in a template: never prose, and the carrier of inline suppressions.</summary>
/// <param name="Span">The whole comment, delimiters included.</param>
/// <param name="ContentSpan">The text between the delimiters.</param>
/// <param name="Syntax">The comment syntax.</param>
public sealed record TemplateComment(TextSpan Span, TextSpan ContentSpan, CommentSyntax Syntax);
