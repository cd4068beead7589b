using ReplyLint.Analysis;

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
}
