using System.Globalization;
using System.Text;
using ReplyLint.Diagnostics;

namespace ReplyLint.Cli.Formatters;

/// <summary>GitHub Actions workflow commands, one a finding (<c>::warning file=a.md,line=3,...::message</c>), which
/// GitHub shows as annotations on the pull request's files; then a plain summary line. When
/// <c>GITHUB_STEP_SUMMARY</c> names a file, a Markdown table of every finding is appended to it.</summary>
/// <remarks>GitHub shows at most <see cref="AnnotationsPerKind"/> annotations of each kind (error, warning, notice) a
/// step and drops the rest silently, so the formatter prints no more than that of each and says in one notice how
/// many it held back and where they are.</remarks>
internal sealed class GitHubAnnotationsFormatter : IReportFormatter
{
    /// <summary>The annotations of one kind GitHub shows for a step.</summary>
    public const int AnnotationsPerKind = 10;

    /// <summary>The environment variable that names the step summary file.</summary>
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    /// <summary>GitHub drops a step summary over 1 MiB whole, so the table stops before that.</summary>
    public const int StepSummaryLimit = 1024 * 1024;

    private static readonly string[] Commands = ["error", "warning", "notice"];

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The byte budget of the step summary file; a test lowers it to see the cut.</summary>
    public int SummaryLimit { get; init; } = StepSummaryLimit;

    public void Write(LintReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);

        // The summary is written first: the overflow notice below says whether it lists the findings left out.
        var summaryListsAll = report.GetEnvironmentVariable(StepSummaryVariable) is { Length: > 0 } summaryPath
            && TryAppendStepSummary(report, summaryPath);

        var diagnostics = report.Result.Diagnostics;
        var errors = diagnostics.Count(static d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(static d => d.Severity == DiagnosticSeverity.Warning);
        var notices = diagnostics.Length - errors - warnings;

        // The overflow notice is itself a notice, so it takes one of the notice places when it is needed.
        var overflows = errors > AnnotationsPerKind || warnings > AnnotationsPerKind || notices > AnnotationsPerKind;
        var noticePlaces = overflows ? AnnotationsPerKind - 1 : AnnotationsPerKind;

        int[] places = [AnnotationsPerKind, AnnotationsPerKind, noticePlaces];
        var shown = new int[3];
        foreach (var diagnostic in diagnostics)
        {
            var kind = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => 0,
                DiagnosticSeverity.Warning => 1,
                _ => 2,
            };

            if (shown[kind]++ < places[kind])
            {
                WriteAnnotation(writer, report, Commands[kind], diagnostic);
            }
        }

        if (overflows)
        {
            var left = new List<string>(3);
            AddLeftOut(left, errors, AnnotationsPerKind, "error");
            AddLeftOut(left, warnings, AnnotationsPerKind, "warning");
            AddLeftOut(left, notices, noticePlaces, "suggestion");
            var where = summaryListsAll
                ? "the job summary lists every finding"
                : "run replylint with --format text or sarif to see every finding";
            writer.Write($"::notice title=replylint::{EscapeData($"GitHub shows {AnnotationsPerKind} annotations of each kind a step, so {Join(left)} not annotated; {where}.")}\n");
        }

        writer.Write(MsBuildTextFormatter.Summary(report));
        writer.Write('\n');
    }

    /// <summary>Escapes the message of a workflow command: the runner reads up to the end of the line and decodes
    /// these three.</summary>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>Escapes a property value: besides what <see cref="EscapeData"/> escapes, the <c>:</c> and <c>,</c>
    /// that end a value.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    private static void WriteAnnotation(TextWriter writer, LintReport report, string command, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.LineSpan;
        var builder = new StringBuilder(128);
        builder.Append("::").Append(command)
            .Append(" file=").Append(EscapeProperty(ProjectPaths.FromProjectRoot(report, diagnostic.Location.Path)))
            .Append(CultureInfo.InvariantCulture, $",line={span.Start.Line}");

        // GitHub keeps columns only on a one-line annotation; on a longer one they would be dropped or misread.
        if (span.Start.Line == span.End.Line)
        {
            builder.Append(CultureInfo.InvariantCulture, $",col={span.Start.Column}");
        }

        builder.Append(CultureInfo.InvariantCulture, $",endLine={span.End.Line}");
        if (span.Start.Line == span.End.Line)
        {
            builder.Append(CultureInfo.InvariantCulture, $",endColumn={span.End.Column}");
        }

        builder.Append(",title=").Append(EscapeProperty($"{diagnostic.Id} {diagnostic.Descriptor.Name}"))
            .Append("::").Append(EscapeData(diagnostic.Message))
            .Append('\n');
        writer.Write(builder.ToString());
    }

    private static void AddLeftOut(List<string> left, int count, int places, string noun)
    {
        if (count > places)
        {
            var more = count - places;
            left.Add(string.Create(CultureInfo.InvariantCulture, $"{more} more {noun}{(more == 1 ? "" : "s")}"));
        }
    }

    private static string Join(List<string> parts)
    {
        var list = parts.Count switch
        {
            1 => parts[0],
            2 => $"{parts[0]} and {parts[1]}",
            _ => $"{parts[0]}, {parts[1]} and {parts[2]}",
        };

        // "1 more error was", "2 more errors were", "1 more error and 1 more warning were"
        return list + (parts.Count == 1 && list.StartsWith("1 ", StringComparison.Ordinal) ? " was" : " were");
    }

    /// <summary>Appends the findings to the step summary (never replacing what other steps' commands wrote there);
    /// true when it now lists every finding. A failure is a warning: the annotations matter more.</summary>
    private bool TryAppendStepSummary(LintReport report, string path)
    {
        try
        {
            var existing = File.Exists(path) ? new FileInfo(path).Length : 0;
            var markdown = GitHubStepSummary.Build(report, SummaryLimit - existing, separate: existing > 0, out var complete);
            if (markdown.Length == 0)
            {
                report.ErrorOutput.WriteLine($"replylint: warning: the job summary '{path}' is full (GitHub allows {SummaryLimit / 1024} KiB a step), so the findings were not added to it");
                return false;
            }

            using (var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read))
            {
                stream.Write(Utf8NoBom.GetBytes(markdown));
            }

            return complete;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            report.ErrorOutput.WriteLine($"replylint: warning: could not write the job summary to '{path}': {exception.Message.TrimEnd('.')}");
            return false;
        }
    }
}
