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

    /// <summary>A value in tag delimiters with no space after <c>{%</c> and a dotted name, as Help Scout and FreeScout
    /// write it: <c>{%customer.firstName,fallback=there%}</c>.</summary>
    TagVariable,

    /// <summary>Zoho's <c>${Module.Field Label}</c>: <c>${Cases.Contact Name}</c> (the label may hold spaces).</summary>
    DollarBrace,

    /// <summary>A Salesforce merge field: <c>{!Contact.FirstName}</c>, or a formula such as <c>{!IF(...)}</c>.</summary>
    MergeField,

    /// <summary>osTicket's <c>%{ticket.name.first}</c>.</summary>
    PercentBrace,

    /// <summary>Zammad's <c>#{ticket.customer.firstname}</c>.</summary>
    HashBrace,

    /// <summary>A manual fill-in of lower-case words in angle brackets, such as <c>&lt;customer name&gt;</c> or
    /// <c>&lt;reporter&gt;</c>; only in Markdown and plain-text bodies, never in HTML.</summary>
    AngleBracket,

    /// <summary>A fill-in marker standing alone as a word: a run of three or more capital X (<c>XXXXX</c>) or <c>FILLIN</c>.</summary>
    FillInMarker,
}

/// <summary>The family of templates a placeholder belongs to, which says who fills it in and which names it may use.</summary>
public enum PlaceholderDialect
{
    /// <summary>Liquid, Handlebars or Mustache braces and tags (<c>{{ x }}</c>, <c>{{{ x }}}</c>, <c>{% tag %}</c>): what
    /// Zendesk, Freshdesk, Front, Gorgias, Chatwoot and Intercom's plain text write.</summary>
    Liquid,

    /// <summary>Help Scout (and FreeScout): <c>{%customer.firstName,fallback=there%}</c>.</summary>
    HelpScout,

    /// <summary>Zoho Desk and Zoho CRM: <c>${Cases.Contact Name}</c>.</summary>
    Zoho,

    /// <summary>Salesforce merge fields: <c>{!Contact.FirstName}</c>.</summary>
    Salesforce,

    /// <summary>Intercom's HTML form, <c>&lt;attribute key="first_name" default="there"/&gt;</c>.</summary>
    Intercom,

    /// <summary>osTicket: <c>%{ticket.name.first}</c>.</summary>
    OsTicket,

    /// <summary>Zammad: <c>#{ticket.customer.firstname}</c>.</summary>
    Zammad,

    /// <summary>A fill-in the agent types before sending (<c>[Customer Name]</c>, <c>&lt;reporter&gt;</c>, <c>XXXXX</c>):
    /// no help desk fills it in.</summary>
    Manual,
}

/// <summary>A placeholder in a template, filled in when the reply is sent.</summary>
/// <param name="Span">The span of the whole placeholder, delimiters included.</param>
/// <param name="Name">The name: <c>customer.first_name</c> for <c>{{ customer.first_name | default: "there" }}</c>,
/// <c>if</c> for <c>{% if x %}</c>, <c>Customer Name</c> for <c>[Customer Name]</c>, <c>Cases.Contact Name</c> for
/// <c>${Cases.Contact Name}</c>.</param>
/// <param name="Syntax">The syntax it is written in.</param>
/// <param name="IsWellFormed">False when the placeholder is opened and never closed, or is empty.</param>
/// <param name="Fallback">The text the help desk writes when it has no value (<c>there</c> for
/// <c>{{ first_name | fallback: "there" }}</c>, <c>{{ first_name || 'there' }}</c> or
/// <c>{%customer.firstName,fallback=there%}</c>), exactly as written between its quotes; null when there is none.
/// The customer reads either the value or this text, so it is not part of the sentence's words.</param>
/// <param name="FallbackSpan">Where <paramref name="Fallback"/> is in the source, quotes excluded; null when there is none.</param>
public sealed record Placeholder(
    TextSpan Span,
    string Name,
    PlaceholderSyntax Syntax,
    bool IsWellFormed,
    string? Fallback = null,
    TextSpan? FallbackSpan = null)
{
    private readonly PlaceholderDialect? _dialect;

    /// <summary>The family the placeholder belongs to; by default the one its <see cref="Syntax"/> is written in
    /// (a reader that knows better, such as an export reader, may set it).</summary>
    public PlaceholderDialect Dialect
    {
        get => _dialect ?? DialectOf(Syntax);
        init => _dialect = value;
    }

    /// <summary>The family a syntax belongs to.</summary>
    public static PlaceholderDialect DialectOf(PlaceholderSyntax syntax) => syntax switch
    {
        PlaceholderSyntax.TagVariable => PlaceholderDialect.HelpScout,
        PlaceholderSyntax.DollarBrace => PlaceholderDialect.Zoho,
        PlaceholderSyntax.MergeField => PlaceholderDialect.Salesforce,
        PlaceholderSyntax.PercentBrace => PlaceholderDialect.OsTicket,
        PlaceholderSyntax.HashBrace => PlaceholderDialect.Zammad,
        PlaceholderSyntax.HtmlElement => PlaceholderDialect.Intercom,
        PlaceholderSyntax.Bracket or PlaceholderSyntax.AngleBracket or PlaceholderSyntax.FillInMarker => PlaceholderDialect.Manual,

        // The braces and tags, and any syntax added later without a family of its own: the family most help desks write.
        _ => PlaceholderDialect.Liquid,
    };
}
