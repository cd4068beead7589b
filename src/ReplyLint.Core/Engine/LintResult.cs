using System.Collections.Immutable;
using ReplyLint.Diagnostics;
using ReplyLint.Text;

namespace ReplyLint.Engine;

/// <summary>The outcome of a run.</summary>
/// <param name="Files">The files that were linted (or attempted), in report order.</param>
/// <param name="Diagnostics">Every finding that is not suppressed, in report order (path, line, column, rule ID).</param>
public sealed record LintResult(ImmutableArray<TemplateFile> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The findings a suppression hides, in report order; reports leave them out unless asked.</summary>
    public ImmutableArray<Diagnostic> Suppressed { get; init; } = [];

    /// <summary>The decoded text of every file that could be read, by reported path: what snippets and
    /// fingerprints are computed from.</summary>
    public ImmutableDictionary<string, SourceText> Sources { get; init; } = ImmutableDictionary<string, SourceText>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>How many findings are at <paramref name="severity"/>.</summary>
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity);
}
