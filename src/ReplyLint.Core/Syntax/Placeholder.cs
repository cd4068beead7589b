using ReplyLint.Text;

namespace ReplyLint.Syntax;

/// <summary>The syntax a placeholder is written in.</summary>
public enum PlaceholderSyntax
{
    /// <summary>Handlebars or Mustache <c>{{ name }}</c>, Liquid output <c>{{ name | filter }}</c>.</summary>
    DoubleBrace,

    /// <summary>Handlebars' unescaped <c>{{{ name }}}</c>.</summary>
    TripleBrace,

    /// <summary>A Liquid or Jinja tag <c>{% tag ... %}</c>.</summary>
    Tag,

    /// <summary>A manual fill-in such as <c>[Customer Name]</c>.</summary>
    Bracket,

    /// <summary>An HTML element the help desk replaces: Intercom's <c>&lt;attribute key="user.first_name" default="there"/&gt;</c>.</summary>
    HtmlElement,
}

/// <summary>A placeholder in a template, filled in when the reply is sent.</summary>
/// <param name="Span">The span of the whole placeholder, delimiters included.</param>
/// <param name="Name">The name: <c>customer.first_name</c> for <c>{{ customer.first_name | default: "there" }}</c>,
/// <c>if</c> for <c>{% if x %}</c>, <c>Customer Name</c> for <c>[Customer Name]</c>.</param>
/// <param name="Syntax">The syntax it is written in.</param>
/// <param name="IsWellFormed">False when the placeholder is opened and never closed, or is empty.</param>
public sealed record Placeholder(TextSpan Span, string Name, PlaceholderSyntax Syntax, bool IsWellFormed)
{
    /// <summary>The text the help desk writes when it has no value for the placeholder, decoded (<c>there</c> for
    /// <c>&lt;attribute key="user.first_name" default="there"/&gt;</c>); null when the placeholder names none. The
    /// customer reads it, so it is prose of a kind.</summary>
    public string? Fallback { get; init; }

    /// <summary>Where <see cref="Fallback"/> is written in the source (between its quotes); null when there is none.</summary>
    public TextSpan? FallbackSpan { get; init; }
}
