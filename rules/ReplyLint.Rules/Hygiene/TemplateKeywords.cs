using System.Collections.Frozen;

namespace ReplyLint.Rules.Hygiene;

/// <summary>The words of the template languages themselves (Liquid and Jinja tags, Handlebars and Mustache helpers),
/// which are never placeholder names a help desk fills in.</summary>
internal static class TemplateKeywords
{
    /// <summary>Tag names of Liquid (Shopify, Zendesk, Freshdesk) and Jinja: <c>{% if %}</c>, <c>{% endfor %}</c>, ...</summary>
    public static FrozenSet<string> Tags { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "if", "elsif", "elif", "else", "endif", "unless", "endunless", "case", "when", "endcase", "for", "endfor", "break",
        "continue", "cycle", "tablerow", "endtablerow", "assign", "capture", "endcapture", "increment", "decrement",
        "include", "render", "raw", "endraw", "comment", "endcomment", "liquid", "echo", "layout", "block", "endblock",
        "extends", "set", "endset", "macro", "endmacro", "call", "endcall", "with", "endwith", "filter", "endfilter",
        "import", "from", "trans", "endtrans", "pluralize");

    /// <summary>Handlebars and Mustache built-in helpers: <c>{{#if}}</c>, <c>{{#each}}</c>, <c>{{else}}</c>, <c>{{lookup}}</c>, ...</summary>
    public static FrozenSet<string> Helpers { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "if", "unless", "each", "with", "else", "lookup", "log", "let");

    /// <summary>The keywords a misspelt tag or block helper is compared with: the control flow every template uses. Rarer
    /// keywords (<c>from</c>, <c>set</c>, <c>call</c>) are allowed but not suggested, so that another flavour's own tags
    /// (Shopify's <c>{% form %}</c>, <c>{% section %}</c>) are not taken for their misspellings.</summary>
    public static FrozenSet<string> Suggestable { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "if", "elsif", "else", "endif", "unless", "endunless", "case", "when", "endcase", "for", "endfor", "assign",
        "capture", "endcapture", "tablerow", "endtablerow", "raw", "endraw", "comment", "endcomment", "include", "render",
        "each", "with");

    /// <summary>Block helpers that keep the surrounding context: names inside them are not relative to the block.</summary>
    public static FrozenSet<string> ContextKeepingBlocks { get; } = FrozenSet.Create(StringComparer.Ordinal, "if", "unless");

    /// <summary>Objects the template language provides inside loops.</summary>
    public static FrozenSet<string> LoopObjects { get; } = FrozenSet.Create(StringComparer.Ordinal, "forloop", "tablerowloop", "loop");

    /// <summary>Whether <paramref name="word"/> is a tag or helper keyword.</summary>
    public static bool IsKeyword(string word) => Tags.Contains(word) || Helpers.Contains(word);

    /// <summary>The first word of a tag's or placeholder's inside, without whitespace-control dashes or tildes.</summary>
    public static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> inner)
    {
        inner = inner.Trim().Trim('-').Trim('~').Trim();
        var stop = inner.IndexOfAny(" \t|(");
        return stop < 0 ? inner : inner[..stop];
    }
}
