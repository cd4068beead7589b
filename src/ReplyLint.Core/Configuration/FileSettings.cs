using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;

namespace ReplyLint.Configuration;

/// <summary>The settings in effect for one template: severities and rule options, once every configuration file
/// that applies has been merged.</summary>
public sealed class FileSettings
{
    /// <summary>No configuration: every rule at its default severity, no options.</summary>
    public static FileSettings Default { get; } = new(ImmutableDictionary<string, DiagnosticSeverity>.Empty, AnalyzerOptions.Empty);

    /// <summary>Creates settings.</summary>
    /// <param name="severities">Configured severities by rule ID (or name); they win over each rule's default.</param>
    /// <param name="analyzerOptions">The rule options.</param>
    public FileSettings(ImmutableDictionary<string, DiagnosticSeverity> severities, AnalyzerOptions analyzerOptions)
    {
        ArgumentNullException.ThrowIfNull(severities);
        ArgumentNullException.ThrowIfNull(analyzerOptions);
        Severities = severities;
        AnalyzerOptions = analyzerOptions;
    }

    /// <summary>Configured severities by rule ID (or name).</summary>
    public ImmutableDictionary<string, DiagnosticSeverity> Severities { get; }

    /// <summary>The rule options.</summary>
    public AnalyzerOptions AnalyzerOptions { get; }

    /// <summary>The <c>formats:</c> entries that describe this file as an export, nearest configuration first.</summary>
    internal ImmutableArray<Exports.FormatMapping> Formats { get; private init; } = [];

    /// <summary>The same settings, with the file read as an export the way <paramref name="formats"/> say.</summary>
    internal FileSettings WithFormats(ImmutableArray<Exports.FormatMapping> formats) =>
        new(Severities, AnalyzerOptions) { Formats = formats };

    /// <summary>The same settings with other severities.</summary>
    internal FileSettings WithSeverities(ImmutableDictionary<string, DiagnosticSeverity> severities) =>
        new(severities, AnalyzerOptions) { Formats = Formats };

    /// <summary>The severity in effect for <paramref name="descriptor"/>: the configured one, else its default, else
    /// <see cref="DiagnosticSeverity.None"/> for a rule that is off by default.</summary>
    public DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor) => SeverityOf(Severities, descriptor);

    internal static DiagnosticSeverity SeverityOf(ImmutableDictionary<string, DiagnosticSeverity> severities, DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (severities.TryGetValue(descriptor.Id, out var configured) || severities.TryGetValue(descriptor.Name, out configured))
        {
            return configured;
        }

        return descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : DiagnosticSeverity.None;
    }
}
