using System.Collections.Immutable;
using ReplyLint.Text;

namespace ReplyLint.Syntax;

/// <summary>The YAML front matter of a template (between <c>---</c> lines at the top of the file).</summary>
public sealed class FrontMatter
{
    /// <summary>Creates front matter.</summary>
    public FrontMatter(TextSpan span, ImmutableDictionary<string, FrontMatterValue> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Span = span;
        Fields = fields;
    }

    /// <summary>The whole front matter, both <c>---</c> lines included.</summary>
    public TextSpan Span { get; }

    /// <summary>Every top-level key, by name (case-sensitive, as YAML is).</summary>
    public ImmutableDictionary<string, FrontMatterValue> Fields { get; }

    /// <summary>The template's <c>id</c>.</summary>
    public string? Id => Scalar("id");

    /// <summary>The template's <c>title</c>.</summary>
    public string? Title => Scalar("title");

    /// <summary>The <c>channel</c> the reply is sent on (email, chat, social, sms, ...).</summary>
    public string? Channel => Scalar("channel");

    /// <summary>What the reply is for (complaint, refund, outage, billing, information, boundary, ...).</summary>
    public string? Intent => Scalar("intent");

    /// <summary>The <c>locale</c>, such as <c>en-US</c>.</summary>
    public string? Locale => Scalar("locale");

    /// <summary>The help desk whose placeholders the template is written for (<c>placeholders: zendesk</c>), which
    /// decides the names a placeholder may use; a reader of help-desk exports sets it for the templates it reads.</summary>
    public string? Placeholders => Scalar("placeholders");

    /// <summary>The <c>tags</c>: a YAML list, or a single comma-separated string.</summary>
    public ImmutableArray<string> Tags => Fields.TryGetValue("tags", out var value) ? value.Items : [];

    /// <summary>The <c>replylint:</c> block, if any.</summary>
    public FrontMatterValue? ReplyLint => Fields.GetValueOrDefault("replylint");

    private string? Scalar(string key) => Fields.TryGetValue(key, out var value) ? value.Scalar : null;
}

/// <summary>A front matter value: a scalar, a list of scalars, or a mapping.</summary>
/// <param name="Span">The span of the value in the source.</param>
/// <param name="Scalar">The text of a scalar value; null for lists and mappings.</param>
/// <param name="Items">The scalar items of a list (or of a comma-separated scalar); empty otherwise.</param>
/// <param name="Mapping">The entries of a mapping; empty otherwise.</param>
public sealed record FrontMatterValue(
    TextSpan Span,
    string? Scalar,
    ImmutableArray<string> Items,
    ImmutableDictionary<string, FrontMatterValue> Mapping);

/// <summary>Why the front matter could not be read, and where.</summary>
/// <param name="Span">Where in the source the problem is.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record FrontMatterError(TextSpan Span, string Message);
