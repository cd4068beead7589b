using System.Collections.Immutable;
using ReplyLint.Analysis;
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

    /// <summary>Rule options (such as RL4001's <c>max-words</c>).</summary>
    public AnalyzerOptions AnalyzerOptions { get; init; } = AnalyzerOptions.Empty;

    /// <summary>The severity in effect for <paramref name="descriptor"/>.</summary>
    public DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (Severities.TryGetValue(descriptor.Id, out var configured) || Severities.TryGetValue(descriptor.Name, out configured))
        {
            return configured;
        }

        return descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : DiagnosticSeverity.None;
    }
}
