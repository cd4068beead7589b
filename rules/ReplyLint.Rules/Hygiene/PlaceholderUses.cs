using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Rules.Hygiene;

/// <summary>What a placeholder is, as far as its name goes.</summary>
internal enum PlaceholderUseKind
{
    /// <summary>A value the help desk fills in: <c>{{ customer.first_name }}</c>.</summary>
    Value,

    /// <summary>A tag or helper keyword, or something in its place: <c>{% endif %}</c>, <c>{{#each}}</c>, <c>{% endfi %}</c>.</summary>
    Keyword,
}

/// <summary>One placeholder whose name a rule can check.</summary>
/// <param name="Name">The name as the help desk reads it: <c>customer.first_name</c>, or a keyword such as <c>endif</c>.</param>
/// <param name="Kind">Whether it is a value or a keyword.</param>
/// <param name="Span">The whole placeholder.</param>
/// <param name="Written">The placeholder as written, delimiters included.</param>
/// <param name="Dialect">The family of its syntax, which says which help desks fill it in.</param>
internal sealed record PlaceholderUse(string Name, PlaceholderUseKind Kind, TextSpan Span, string Written, PlaceholderDialect Dialect = PlaceholderDialect.Liquid);

/// <summary>Sorts a template's placeholders into values and keywords, and leaves out what no list of names can judge:
/// manual fill-ins (<c>[Customer Name]</c>, <c>&lt;reporter&gt;</c>, <c>XXXXX</c>), broken placeholders, Salesforce
/// formulas (<c>{!IF(...)}</c>), literals, partials, data variables (<c>@index</c>, <c>this</c>, <c>../x</c>),
/// names inside a block that changes the context (<c>{{#each items}}{{title}}{{/each}}</c>) and the template's own
/// variables (<c>{% for item in ... %}</c>, <c>{% assign x = ... %}</c>, <c>{% capture x %}</c>, <c>as |item|</c>), and
/// everything between <c>{% raw %}</c> and <c>{% endraw %}</c>.</summary>
internal static class PlaceholderUses
{
    private const int MaxBlockSearch = 64;

    public static List<PlaceholderUse> Of(TemplateDocument document)
    {
        var uses = new List<PlaceholderUse>();
        var locals = new HashSet<string>(StringComparer.Ordinal);
        var blocks = new List<string>();
        var contextBlocks = 0;
        var inRaw = false;
        foreach (var placeholder in document.Placeholders)
        {
            // {% raw %} ... {% endraw %} is shown as written, placeholders and all.
            if (placeholder.Syntax == PlaceholderSyntax.Tag && placeholder.Name is "raw" or "endraw")
            {
                inRaw = placeholder.Name == "raw";
                continue;
            }

            if (inRaw || !placeholder.IsWellFormed || placeholder.Dialect == PlaceholderDialect.Manual)
            {
                continue;
            }

            var written = document.Text.ToString(placeholder.Span);
            var name = placeholder.Name;

            // Help Scout, Zoho, Salesforce, osTicket, Zammad and Intercom's HTML have no blocks or locals: a name is a value.
            if (placeholder.Dialect != PlaceholderDialect.Liquid)
            {
                if (placeholder.Syntax != PlaceholderSyntax.MergeField || name.Contains('.', StringComparison.Ordinal))
                {
                    uses.Add(new PlaceholderUse(name, PlaceholderUseKind.Value, placeholder.Span, written, placeholder.Dialect));
                }

                continue;
            }
            if (placeholder.Syntax == PlaceholderSyntax.Tag)
            {
                if (TemplateKeywords.Tags.Contains(name))
                {
                    AddTagLocals(name, Inner(written, 2), locals);
                }
                else if (name.Length > 0 && char.IsLetter(name[0]))
                {
                    uses.Add(new PlaceholderUse(name, PlaceholderUseKind.Keyword, placeholder.Span, written));
                }

                continue;
            }

            var sigil = name.Length > 0 ? name[0] : '\0';
            if (sigil is '#' or '^')
            {
                var helper = name[1..];
                blocks.Add(helper);
                contextBlocks += TemplateKeywords.ContextKeepingBlocks.Contains(helper) ? 0 : 1;
                AddBlockParameters(written, locals);
                if (helper.Length > 0 && !TemplateKeywords.Helpers.Contains(helper))
                {
                    uses.Add(new PlaceholderUse(helper, PlaceholderUseKind.Keyword, placeholder.Span, written));
                }

                continue;
            }

            if (sigil == '/')
            {
                // A closer matches one of the innermost blocks; past that, it is a stray and the blocks stay open.
                var helper = name[1..];
                var open = blocks.LastIndexOf(helper, blocks.Count - 1, Math.Min(blocks.Count, MaxBlockSearch));
                if (open >= 0)
                {
                    for (var b = open; b < blocks.Count; b++)
                    {
                        contextBlocks -= TemplateKeywords.ContextKeepingBlocks.Contains(blocks[b]) ? 0 : 1;
                    }

                    blocks.RemoveRange(open, blocks.Count - open);
                }
                else if (helper.Length > 0 && !TemplateKeywords.Helpers.Contains(helper))
                {
                    uses.Add(new PlaceholderUse(helper, PlaceholderUseKind.Keyword, placeholder.Span, written));
                }

                continue;
            }

            if (!IsValueName(name) || TemplateKeywords.Helpers.Contains(name) || contextBlocks > 0)
            {
                continue;
            }

            var root = Root(name);
            if (locals.Contains(root) || TemplateKeywords.LoopObjects.Contains(root))
            {
                continue;
            }

            uses.Add(new PlaceholderUse(name, PlaceholderUseKind.Value, placeholder.Span, written));
        }

        return uses;
    }

    /// <summary>The placeholder as written with its name replaced: <c>{{ customer.frist_name }}</c> → <c>{{ customer.first_name }}</c>.</summary>
    public static string WithName(PlaceholderUse use, string name)
    {
        var at = use.Written.IndexOf(use.Name, StringComparison.Ordinal);
        return at < 0 ? use.Written : string.Concat(use.Written.AsSpan(0, at), name, use.Written.AsSpan(at + use.Name.Length));
    }

    // "customer.first_name", "order.items[0]", "customer['name']": a name the help desk looks up, not a literal ("'hi'", 42),
    // a partial (">"), a data variable ("@index"), "this", "../name" or "else".
    private static bool IsValueName(string name) =>
        name.Length > 0
        && (char.IsLetter(name[0]) || name[0] == '_')
        && name is not ("this" or "else" or "true" or "false" or "nil" or "null" or "empty" or "blank")
        && !name.StartsWith("this.", StringComparison.Ordinal);

    private static string Root(string name)
    {
        var stop = name.AsSpan().IndexOfAny('.', '[');
        return stop < 0 ? name : name[..stop];
    }

    private static ReadOnlySpan<char> Inner(string written, int delimiterLength) =>
        written.Length >= 2 * delimiterLength ? written.AsSpan(delimiterLength, written.Length - (2 * delimiterLength)).Trim().Trim('-').Trim('~').Trim() : [];

    // {% for item in ... %}, {% for key, value in ... %}, {% tablerow cell in ... %}, {% assign x = ... %},
    // {% capture x %}, {% set x = ... %}, {% increment x %}, {% decrement x %}, {% with x = ... %}.
    private static void AddTagLocals(string keyword, ReadOnlySpan<char> inner, HashSet<string> locals)
    {
        if (keyword is not ("for" or "tablerow" or "assign" or "capture" or "set" or "increment" or "decrement" or "with" or "macro"))
        {
            return;
        }

        var words = inner.ToString().Split([' ', '\t', ',', '=', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i] == "in" && keyword is "for" or "tablerow")
            {
                return;
            }

            locals.Add(words[i]);
            if (keyword is not ("for" or "macro"))
            {
                return; // one name, then the value
            }
        }
    }

    // {{#each items as |item index|}}, {{#with customer as |c|}}: the names between the bars.
    private static void AddBlockParameters(string written, HashSet<string> locals)
    {
        var open = written.IndexOf("as |", StringComparison.Ordinal);
        if (open < 0)
        {
            return;
        }

        var close = written.IndexOf('|', open + 4);
        if (close < 0)
        {
            return;
        }

        foreach (var word in written[(open + 4)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            locals.Add(word);
        }
    }
}
