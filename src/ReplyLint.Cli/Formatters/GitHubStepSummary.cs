using System.Globalization;
using System.Text;
using ReplyLint.Diagnostics;

namespace ReplyLint.Cli.Formatters;

/// <summary>The Markdown that <c>--format github</c> appends to GitHub's step summary: a heading, the totals, and a
/// table of every finding that fits in the size GitHub allows.</summary>
internal static class GitHubStepSummary
{
    // Room kept for the closing line that says how many rows were left out, whatever the count.
    private const int ClosingReserve = 256;

    /// <summary>The Markdown to append, within <paramref name="budget"/> UTF-8 bytes; empty when not even the heading
    /// fits. <paramref name="complete"/> is whether every finding is listed.</summary>
    /// <param name="report">The run.</param>
    /// <param name="budget">How many bytes may be added to the file.</param>
    /// <param name="separate">Whether the file already has content, which the heading must not run into.</param>
    /// <param name="complete">Whether every finding is in the table.</param>
    public static string Build(LintReport report, long budget, bool separate, out bool complete)
    {
        ArgumentNullException.ThrowIfNull(report);
        var diagnostics = report.Result.Diagnostics;
        var text = new StringBuilder();
        if (separate)
        {
            text.Append('\n');
        }

        text.Append("## ReplyLint\n\n").Append(Cell(MsBuildTextFormatter.Summary(report))).Append('\n');
        if (diagnostics.IsEmpty)
        {
            complete = true;
            return Utf8Length(text) <= budget ? text.ToString() : string.Empty;
        }

        text.Append("\n| File | Line | Rule | Severity | Message |\n|---|---|---|---|---|\n");
        long used = Utf8Length(text);
        if (used + ClosingReserve > budget)
        {
            complete = false;
            return string.Empty;
        }

        var listed = 0;
        foreach (var diagnostic in diagnostics)
        {
            var row = Row(report, diagnostic);
            var bytes = Encoding.UTF8.GetByteCount(row);
            var isLast = listed == diagnostics.Length - 1;
            if (used + bytes + (isLast ? 0 : ClosingReserve) > budget)
            {
                break;
            }

            text.Append(row);
            used += bytes;
            listed++;
        }

        complete = listed == diagnostics.Length;
        if (!complete)
        {
            var left = diagnostics.Length - listed;
            text.Append(CultureInfo.InvariantCulture, $"\n_{left} more finding{(left == 1 ? " is" : "s are")} not listed: GitHub keeps a step summary under 1 MiB. Run replylint with `--format text` or `--format sarif` to see them all._\n");
        }

        return text.ToString();
    }

    /// <summary>Makes <paramref name="value"/> one table cell that shows as written: nothing in it can end the
    /// cell, end the row, open a code span or emphasis, or be read as HTML.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cell = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            switch (character)
            {
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break; // the '\n' that follows makes the one line break
                case '\r' or '\n':
                    cell.Append("<br>");
                    break;
                case '<':
                    cell.Append("&lt;");
                    break;
                case '>':
                    cell.Append("&gt;");
                    break;
                case '&':
                    cell.Append("&amp;");
                    break;
                case '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '~':
                    cell.Append('\\').Append(character);
                    break;
                case < ' ' or '\u007f':
                    cell.Append(' ');
                    break;
                default:
                    cell.Append(character);
                    break;
            }
        }

        return cell.ToString();
    }

    private static string Row(LintReport report, Diagnostic diagnostic)
    {
        var path = ProjectPaths.FromProjectRoot(report, diagnostic.Location.Path);
        var descriptor = diagnostic.Descriptor;
        var rule = descriptor.HelpUri is { IsAbsoluteUri: true } help && (help.Scheme == Uri.UriSchemeHttps || help.Scheme == Uri.UriSchemeHttp)
            ? $"[{Cell(descriptor.Id)}]({LinkTarget(help)}) {Cell(descriptor.Name)}"
            : $"{Cell(descriptor.Id)} {Cell(descriptor.Name)}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {Cell(path)} | {diagnostic.Location.LineSpan.Start.Line} | {rule} | {diagnostic.Severity.ToConfigName()} | {Cell(diagnostic.Message)} |\n");
    }

    // An escaped absolute URI has no space or angle bracket; a ')' would end the link and a '|' the cell.
    private static string LinkTarget(Uri uri) =>
        uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal);

    private static long Utf8Length(StringBuilder text) => Encoding.UTF8.GetByteCount(text.ToString());
}
