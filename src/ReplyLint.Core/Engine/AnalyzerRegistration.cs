using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;

namespace ReplyLint.Engine;

/// <summary>What one analyzer registered in <see cref="ReplyAnalyzer.Initialize"/>.</summary>
internal sealed class AnalyzerRegistration : AnalysisContext
{
    public AnalyzerRegistration(ReplyAnalyzer analyzer)
    {
        Analyzer = analyzer;
        Supported = [.. analyzer.SupportedDiagnostics.Select(static d => d.Id)];
    }

    public ReplyAnalyzer Analyzer { get; }

    public HashSet<string> Supported { get; }

    public List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];

    public List<Action<SentenceAnalysisContext>> SentenceActions { get; } = [];

    public List<(PhraseList List, Action<PhraseMatchContext>? Action)> Phrases { get; } = [];

    public List<RunRegistration> RunActions { get; } = [];

    public override void RegisterDocumentAction(Action<DocumentAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        DocumentActions.Add(action);
    }

    public override void RegisterSentenceAction(Action<SentenceAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        SentenceActions.Add(action);
    }

    public override void RegisterPhrases(PhraseList phrases, Action<PhraseMatchContext> action)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(action);
        Phrases.Add((phrases, action));
    }

    public override void RegisterPhrases(PhraseList phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        Phrases.Add((phrases, null));
    }

    public override void RegisterRunAction<TSummary>(Func<DocumentAnalysisContext, TSummary?> summarize, Action<RunAnalysisContext<TSummary>> action)
        where TSummary : class
    {
        ArgumentNullException.ThrowIfNull(summarize);
        ArgumentNullException.ThrowIfNull(action);
        RunActions.Add(new RunRegistration<TSummary>(summarize, action));
    }
}

/// <summary>A run action with its summary type erased, so the engine can hold them in one list.</summary>
internal abstract class RunRegistration
{
    public abstract object? Summarize(DocumentAnalysisContext context);

    public abstract void Run(IReadOnlyList<(string Path, object Summary)> summaries, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken);
}

internal sealed class RunRegistration<TSummary>(Func<DocumentAnalysisContext, TSummary?> summarize, Action<RunAnalysisContext<TSummary>> action) : RunRegistration
    where TSummary : class
{
    public override object? Summarize(DocumentAnalysisContext context) => summarize(context);

    public override void Run(IReadOnlyList<(string Path, object Summary)> summaries, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var documents = summaries.Select(static s => new DocumentSummary<TSummary>(s.Path, (TSummary)s.Summary)).ToImmutableArray();
        action(new RunAnalysisContext<TSummary>(documents, options, report, cancellationToken));
    }
}
