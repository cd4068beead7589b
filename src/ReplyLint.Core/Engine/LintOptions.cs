using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Configuration;
using ReplyLint.Diagnostics;

namespace ReplyLint.Engine;

/// <summary>How a run is configured: parallelism, limits, severities and rule options.</summary>
public sealed record LintOptions
{
    /// <summary>How many files are analyzed at once; defaults to the processor count.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Files larger than this are reported as RL0002 and not linted.</summary>
    public long MaxFileBytes { get; init; } = FileReader.DefaultMaxBytes;

    /// <summary>Severities set by configuration, by rule ID; they win over each rule's default.</summary>
    public ImmutableDictionary<string, DiagnosticSeverity> Severities { get; init; } =
        ImmutableDictionary<string, DiagnosticSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether templates of exports marked inactive (a Zendesk macro with <c>active: false</c>) are linted too;
    /// by default they are skipped.</summary>
    public bool IncludeInactive { get; init; }

    /// <summary>Rule options (such as RL4001's <c>max-words</c>).</summary>
    public AnalyzerOptions AnalyzerOptions { get; init; } = AnalyzerOptions.Empty;

    /// <summary>The settings of each file, by its absolute path, when they differ from file to file (configuration
    /// files in several folders, <c>overrides</c>); null to use <see cref="Severities"/> and <see cref="AnalyzerOptions"/>
    /// everywhere. Called from several threads at once. Templates given as parsed documents, and run actions that
    /// compare templates, use the run-wide <see cref="AnalyzerOptions"/>; each finding's severity still comes from the
    /// settings of the file it is on.</summary>
    public Func<string, FileSettings>? SettingsFor { get; init; }

    /// <summary>The severity in effect for <paramref name="descriptor"/>, run-wide.</summary>
    public DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor) => FileSettings.SeverityOf(Severities, descriptor);
}
