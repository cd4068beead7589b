using System.Collections.Immutable;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;

namespace ReplyLint.Cli.Formatters;

/// <summary>Writes a run's findings in one output format.</summary>
internal interface IReportFormatter
{
    void Write(LintReport report, TextWriter writer);
}

/// <summary>What a formatter reports: the result and everything about the run a format may need.</summary>
/// <param name="Result">The findings (suppressed ones apart), the files and their text.</param>
/// <param name="Elapsed">How long the run took.</param>
/// <param name="UseColor">Whether the output is a colour terminal.</param>
internal sealed record LintReport(LintResult Result, TimeSpan Elapsed, bool UseColor)
{
    private IReadOnlyDictionary<Diagnostic, FindingFingerprint>? _fingerprints;

    /// <summary>The rules that ran (severity other than none), the tool's own included, in ID order.</summary>
    public ImmutableArray<DiagnosticDescriptor> Rules { get; init; } = [];

    /// <summary>The folder report URIs are relative to: the repository's top folder when the working directory is
    /// inside a git work tree, otherwise the working directory. Absolute.</summary>
    public string ProjectRoot { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The folder displayed paths are relative to. Absolute.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Problems with the run itself that are not findings on a template, such as configuration warnings.</summary>
    public ImmutableArray<ToolNotification> Notifications { get; init; } = [];

    /// <summary>Whether suppressed findings are reported (SARIF only, with their suppressions).</summary>
    public bool IncludeSuppressed { get; init; }

    /// <summary>When the run started and ended, for formats that record it only on request.</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? Timestamps { get; init; }

    /// <summary>Every finding's fingerprints, suppressed ones included; computed on first use.</summary>
    public IReadOnlyDictionary<Diagnostic, FindingFingerprint> Fingerprints => _fingerprints ??= FindingFingerprints.Compute(Result);

    /// <summary>The absolute path of a displayed path.</summary>
    public string FullPathOf(string displayPath) => Path.GetFullPath(displayPath, WorkingDirectory);

    /// <summary>Reads an environment variable (the process's own unless a test sets another), for formats that
    /// also write where CI tells them to, such as GitHub's step summary.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>After <c>--fix</c>: how many fixes were made, in how many files; null when the run fixed nothing.</summary>
    public (int Fixes, int Files)? FixesApplied { get; init; }

    /// <summary>Where a formatter says that something beside the report went wrong (standard error), as one line
    /// beginning <c>replylint: warning:</c>.</summary>
    public TextWriter ErrorOutput { get; init; } = TextWriter.Null;
}

/// <summary>A problem with the run that is not a finding on a template (SARIF's <c>toolExecutionNotifications</c>).</summary>
/// <param name="Level">error, warning or note.</param>
/// <param name="Message">One sentence, ending with a period.</param>
/// <param name="Path">The file it is about, as displayed, if any.</param>
/// <param name="Line">Its 1-based line, if known.</param>
/// <param name="Column">Its 1-based column, if known.</param>
internal sealed record ToolNotification(string Level, string Message, string? Path = null, int? Line = null, int? Column = null);
