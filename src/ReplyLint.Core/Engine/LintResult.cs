using System.Collections.Immutable;
using ReplyLint.Diagnostics;

namespace ReplyLint.Engine;

/// <summary>The outcome of a run.</summary>
/// <param name="Files">The files that were linted (or attempted), in report order.</param>
/// <param name="Diagnostics">Every finding, in report order (path, line, column, rule ID).</param>
public sealed record LintResult(ImmutableArray<TemplateFile> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>How many findings are at <paramref name="severity"/>.</summary>
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity);
}
