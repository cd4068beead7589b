using System.Globalization;
using ReplyLint.Diagnostics;

namespace ReplyLint.Cli.Formatters;

/// <summary>MSBuild's canonical error format, one finding a line, so editors' and CI's problem matchers read it:
/// <c>path(line,col,endLine,endCol): warning RL1004: message</c>, then a summary line.</summary>
/// <remarks>A suggestion prints as <c>info</c>, as the C# compiler does: VS Code's <c>$msCompile</c> matcher knows only
/// error, warning and info.</remarks>
internal sealed class MsBuildTextFormatter : IReportFormatter
{
    private const string Reset = "\u001b[0m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Dim = "\u001b[2m";
    private const string Bold = "\u001b[1m";

    public void Write(LintReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var diagnostic in report.Result.Diagnostics)
        {
            var span = diagnostic.Location.LineSpan;
            var word = SeverityWord(diagnostic.Severity);
            var colored = report.UseColor ? $"{ColorOf(diagnostic.Severity)}{word}{Reset}" : word;
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{diagnostic.Location.Path}({span.Start.Line},{span.Start.Column},{span.End.Line},{span.End.Column}): {colored} {diagnostic.Id}: {diagnostic.Message}"));
            writer.Write('\n');
        }

        var summary = Summary(report);
        writer.Write(report.UseColor ? $"{Bold}{summary}{Reset}" : summary);
        writer.Write('\n');
    }

    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static string ColorOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Red,
        DiagnosticSeverity.Warning => Yellow,
        DiagnosticSeverity.Suggestion => Cyan,
        _ => Dim,
    };

    /// <summary>The last line: files, errors, warnings, suggestions and the time taken, without colour.</summary>
    /// <remarks>Suppressed and baselined findings are not printed or counted, but their numbers are told, so a template
    /// full of disable comments does not pass unnoticed.</remarks>
    public static string Summary(LintReport report)
    {
        var result = report.Result;
        var inBaseline = result.Suppressed.Count(static d => d.Suppression?.Kind == SuppressionKind.External);
        var suppressed = result.Suppressed.Length - inBaseline;
        var hidden = (suppressed > 0 ? string.Create(CultureInfo.InvariantCulture, $", {suppressed} suppressed") : "")
            + (inBaseline > 0 ? string.Create(CultureInfo.InvariantCulture, $", {inBaseline} in the baseline") : "");
        var fixes = report.FixesApplied is var (fixCount, fileCount)
            ? string.Create(CultureInfo.InvariantCulture, $", {fixCount} {(fixCount == 1 ? "fix" : "fixes")} applied in {Count(fileCount, "file")}")
            : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Count(result.Files.Length, "file")} linted: {Count(result.Count(DiagnosticSeverity.Error), "error")}, {Count(result.Count(DiagnosticSeverity.Warning), "warning")}, {Count(result.Count(DiagnosticSeverity.Suggestion), "suggestion")}{hidden}{fixes} ({report.Elapsed.TotalSeconds:0.00}s)");
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
