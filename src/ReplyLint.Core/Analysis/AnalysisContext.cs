namespace ReplyLint.Analysis;

/// <summary>What an analyzer registers in <see cref="ReplyAnalyzer.Initialize"/>: actions on whole documents,
/// on each sentence, and on matches of its phrase lists.</summary>
/// <remarks>Phrase lists of every analyzer are compiled once per run into one token-level matcher, so
/// declaring phrases costs one pass over each sentence, however many rules and phrases there are.</remarks>
public abstract class AnalysisContext
{
    /// <summary>Runs <paramref name="action"/> once per template.</summary>
    public abstract void RegisterDocumentAction(Action<DocumentAnalysisContext> action);

    /// <summary>Runs <paramref name="action"/> once per sentence of prose.</summary>
    public abstract void RegisterSentenceAction(Action<SentenceAnalysisContext> action);

    /// <summary>Matches <paramref name="phrases"/> in every sentence and runs <paramref name="action"/> on each match.
    /// Within one list, the longest match at a position wins and matches do not overlap.</summary>
    public abstract void RegisterPhrases(PhraseList phrases, Action<PhraseMatchContext> action);

    /// <summary>Matches <paramref name="phrases"/> in every sentence without a callback; a document action reads the
    /// matches with <see cref="DocumentAnalysisContext.GetMatches"/>.</summary>
    public abstract void RegisterPhrases(PhraseList phrases);

    /// <summary>Compares templates across the run: <paramref name="summarize"/> runs on each template (in parallel, like a
    /// document action) and returns what the analyzer needs to remember of it, or null for nothing; once every template is
    /// analyzed, <paramref name="action"/> runs once with all the summaries, in report order. Keep summaries small: they
    /// are held for the whole run.</summary>
    public abstract void RegisterRunAction<TSummary>(Func<DocumentAnalysisContext, TSummary?> summarize, Action<RunAnalysisContext<TSummary>> action)
        where TSummary : class;
}
