using System.Text;
using System.Text.RegularExpressions;

namespace ReplyLint.Cli.Formatters;

/// <summary>A rule's docs page in the two forms SARIF's <c>help</c> carries: the Markdown with its links made
/// absolute, and a plain-text reading of it for consumers that cannot show Markdown.</summary>
internal static partial class RuleHelpText
{
    /// <summary>The page with relative links (<c>[RL2005](RL2005.md)</c>) resolved against <paramref name="pageUri"/>,
    /// since a consumer shows the help away from the folder the page lives in.</summary>
    public static string Markdown(string page, Uri? pageUri)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = Normalize(page);
        if (pageUri is null)
        {
            return text;
        }

        return LinkPattern().Replace(text, match =>
        {
            var target = match.Groups["target"].Value;
            return Uri.TryCreate(target, UriKind.Absolute, out _) || target.StartsWith('#') || !Uri.TryCreate(pageUri, target, out var absolute)
                ? match.Value
                : $"[{match.Groups["text"].Value}]({absolute.AbsoluteUri})";
        });
    }

    /// <summary>The page as plain text: heading marks, emphasis, code ticks and table rules dropped; a link keeps its
    /// words, and its address when that is absolute; a table row reads as "Header: value" pairs.</summary>
    public static string PlainText(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var lines = Normalize(page).Split('\n');
        var output = new StringBuilder(page.Length);
        string[]? tableHeader = null;
        var inFence = false;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                output.Append("    ").Append(line).Append('\n');
                continue;
            }

            if (trimmed.StartsWith('|'))
            {
                var cells = Cells(trimmed);
                if (cells.All(static c => c.Length > 0 && c.All(static ch => ch is '-' or ':')))
                {
                    continue; // the rule under the header
                }

                if (tableHeader is null)
                {
                    tableHeader = cells;
                    continue;
                }

                var pairs = cells.Select((cell, i) => i < tableHeader.Length && tableHeader[i].Length > 0 ? $"{Inline(tableHeader[i])}: {Inline(cell)}" : Inline(cell));
                output.Append(string.Join("; ", pairs)).Append('\n');
                continue;
            }

            tableHeader = null;
            var heading = HeadingPattern().Match(line);
            output.Append(heading.Success ? Inline(heading.Groups["text"].Value) : Inline(line)).Append('\n');
        }

        return output.ToString().TrimEnd('\n') + "\n";
    }

    private static string Normalize(string page) => page.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string[] Cells(string row)
    {
        var inner = row.Trim().Trim('|');
        return [.. inner.Split('|').Select(static c => c.Trim())];
    }

    // Code spans keep their text as written (a glob such as **/* is not emphasis); only their ticks go.
    private static string Inline(string text)
    {
        var parts = EmphasizedCodePattern().Replace(text, "`${code}`").Split('`');
        for (var i = 0; i < parts.Length; i += 2)
        {
            var part = LinkPattern().Replace(parts[i], static match =>
            {
                var words = match.Groups["text"].Value;
                var target = match.Groups["target"].Value;
                return Uri.TryCreate(target, UriKind.Absolute, out _) ? $"{words} ({target})" : words;
            });
            part = StrongPattern().Replace(part, "${text}");
            parts[i] = EmphasisPattern().Replace(part, "${text}");
        }

        return string.Concat(parts);
    }

    // **`code`** is code in bold: the bold goes, the code stays.
    [GeneratedRegex(@"(\*\*|__|\*|_)`(?<code>[^`]+)`\1")]
    private static partial Regex EmphasizedCodePattern();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"(\*\*|__)(?<text>\S(?:.*?\S)?)\1")]
    private static partial Regex StrongPattern();

    // Single '*' or '_' emphasis around words, never inside a word (first_name) or a placeholder.
    [GeneratedRegex(@"(?<![\w*])([*_])(?<text>[^\s*_](?:[^*_]*?[^\s*_])?)\1(?![\w*])")]
    private static partial Regex EmphasisPattern();
}
