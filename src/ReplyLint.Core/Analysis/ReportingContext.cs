using ReplyLint.Diagnostics;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Analysis;

/// <summary>What every action context has: the document, the options, cancellation, and a way to report.</summary>
public abstract class ReportingContext
{
    private readonly Action<Diagnostic> _report;

    private protected ReportingContext(TemplateDocument document, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Document = document;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The template being analyzed.</summary>
    public TemplateDocument Document { get; }

    /// <summary>The rule options configured for this file.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Cancelled when the run is stopped.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);

    /// <summary>Reports a finding of <paramref name="descriptor"/> at <paramref name="span"/>; the arguments fill the message.</summary>
    /// <remarks>In an HTML template, a fix that would rewrite a tag or a character reference (a phrase written across
    /// <c>&lt;b&gt;</c>, or with <c>&amp;nbsp;</c>) is withheld, as is one whose new text would need escaping: a plain
    /// text edit there could leave the markup broken. The finding is still reported.</remarks>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, Fix? fix = null, params string[] arguments) =>
        _report(Diagnostic.Create(descriptor, Location.Create(Document.Path, Document.Text, span), SafeFor(Document, fix), arguments));

    /// <summary>Reports a finding of <paramref name="descriptor"/> that concerns the whole template (line 1, column 1).</summary>
    public void ReportDocument(DiagnosticDescriptor descriptor, params string[] arguments) =>
        Report(descriptor, default, null, arguments);

    private static Fix? SafeFor(TemplateDocument document, Fix? fix)
    {
        if (fix is null || document.Format != TemplateFormat.Html)
        {
            return fix;
        }

        foreach (var edit in fix.Edits)
        {
            if (document.Text.Text.AsSpan(edit.Span.Start, edit.Span.Length).IndexOfAny('<', '>', '&') >= 0
                || edit.NewText.AsSpan().IndexOfAny('<', '>', '&') >= 0)
            {
                return null;
            }
        }

        return fix;
    }
}

/// <summary>The context of a document action.</summary>
public sealed class DocumentAnalysisContext : ReportingContext
{
    private readonly Func<PhraseList, IReadOnlyList<PhraseMatch>> _getMatches;

    internal DocumentAnalysisContext(
        TemplateDocument document,
        AnalyzerOptions options,
        Func<PhraseList, IReadOnlyList<PhraseMatch>> getMatches,
        Action<Diagnostic> report,
        CancellationToken cancellationToken)
        : base(document, options, report, cancellationToken) => _getMatches = getMatches;

    /// <summary>The matches in this document of a list the analyzer registered with <see cref="AnalysisContext.RegisterPhrases(PhraseList)"/>.</summary>
    public IReadOnlyList<PhraseMatch> GetMatches(PhraseList phrases) => _getMatches(phrases);
}

/// <summary>The context of a sentence action.</summary>
public sealed class SentenceAnalysisContext : ReportingContext
{
    internal SentenceAnalysisContext(TemplateDocument document, Sentence sentence, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(document, options, report, cancellationToken) => Sentence = sentence;

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }
}

/// <summary>The context of a phrase action: one match of a registered list.</summary>
public sealed class PhraseMatchContext : ReportingContext
{
    internal PhraseMatchContext(TemplateDocument document, PhraseMatch match, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(document, options, report, cancellationToken) => Match = match;

    /// <summary>The match.</summary>
    public PhraseMatch Match { get; }

    /// <summary>Reports <paramref name="descriptor"/> on the match, quoting it, with the fix its phrase suggests (if any).
    /// The fix also turns an "a" or "an" just before the match into the one the suggestion takes, where its first
    /// letter decides ("an RMA" → "a return authorization").</summary>
    public void Report(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var fix = Match.Entry.Suggest is { } suggestion ? SuggestedFix(suggestion) : null;
        Report(descriptor, Match.Span, fix, Match.Text);
    }

    private Fix SuggestedFix(string suggestion)
    {
        var replacement = Match.FirstToken == 0 ? MatchCase(suggestion, Match.Text) : suggestion;
        var fix = Fix.Replace(Match.Span, replacement);
        if (Match.FirstToken == 0 || ArticleFor(replacement) is not { } article)
        {
            return fix;
        }

        var before = Match.Sentence.Tokens[Match.FirstToken - 1];
        var text = Document.Text;
        var written = text.ToString(before.Span);
        if (before.Kind != WordTokenKind.Word
            || before.Normalized is not ("a" or "an")
            || string.Equals(before.Normalized, article, StringComparison.Ordinal)
            || before.Span.End >= Match.Span.Start
            || !text.Slice(TextSpan.FromBounds(before.Span.End, Match.Span.Start)).IsWhiteSpace())
        {
            return fix;
        }

        var articleText = char.IsUpper(written[0]) ? string.Concat(char.ToUpperInvariant(article[0]).ToString(), article.AsSpan(1)) : article;
        return new Fix(fix.Title, [new TextEdit(before.Span, articleText), .. fix.Edits]);
    }

    // The article a word takes where its first letter alone decides. Capitals may be read letter by letter ("an FAQ"),
    // and h, u, y, "one" and "eu" go either way ("an hour", "a user", "a one-off", "a euro"): those are left alone.
    private static string? ArticleFor(string word)
    {
        if (word.Length == 0 || !char.IsAsciiLetterLower(word[0])
            || word.StartsWith("one", StringComparison.Ordinal) || word.StartsWith("once", StringComparison.Ordinal) || word.StartsWith("eu", StringComparison.Ordinal))
        {
            return null;
        }

        return word[0] switch
        {
            'a' or 'e' or 'i' or 'o' => "an",
            'h' or 'u' or 'y' => null,
            _ => "a",
        };
    }

    // A suggestion that opens a sentence keeps the capital the writer had. Anywhere else a capital belongs to the word
    // replaced (an acronym such as "RMA", a name), not to the sentence, so the suggestion is written as it is.
    private static string MatchCase(string suggestion, string original) =>
        original.Length > 0 && char.IsUpper(original[0]) && suggestion.Length > 0 && char.IsLower(suggestion[0])
            ? string.Concat(char.ToUpperInvariant(suggestion[0]).ToString(), suggestion.AsSpan(1))
            : suggestion;
}
