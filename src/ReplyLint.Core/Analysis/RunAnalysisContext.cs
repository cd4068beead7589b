using System.Collections.Immutable;
using ReplyLint.Diagnostics;

namespace ReplyLint.Analysis;

/// <summary>What a run action learned about one template: the path it is reported under and the analyzer's summary.</summary>
/// <typeparam name="TSummary">The analyzer's own summary type.</typeparam>
/// <param name="Path">The template's path as reported.</param>
/// <param name="Summary">What the analyzer's summarize step returned for it.</param>
public sealed record DocumentSummary<TSummary>(string Path, TSummary Summary)
    where TSummary : class;

/// <summary>The context of a run action: the summaries of every template of the run, in report order, once all of them
/// have been analyzed. Findings that compare templates (such as duplicates) are reported here.</summary>
/// <typeparam name="TSummary">The analyzer's own summary type.</typeparam>
public sealed class RunAnalysisContext<TSummary>
    where TSummary : class
{
    private readonly Action<Diagnostic> _report;

    internal RunAnalysisContext(ImmutableArray<DocumentSummary<TSummary>> documents, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Documents = documents;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The summaries, one per template that was read and analyzed, ordered by path.</summary>
    public ImmutableArray<DocumentSummary<TSummary>> Documents { get; }

    /// <summary>The rule options of the run.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Cancelled when the run is stopped.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding; its location comes from the summary (see <see cref="Location.Create"/>).</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}
