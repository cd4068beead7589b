using System.Collections.Frozen;
using ReplyLint.Rules.Signals;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Rules.Completeness;

/// <summary>RL2004 vague-timeline: "soon", "shortly", "as soon as possible", "in due course", or a promise to be in
/// touch with no time at all ("we'll get back to you").</summary>
/// <remarks>Guideline: keep the customer informed and do not stretch their waiting time; an open-ended wait is one of
/// the things customers resent most. Not reported when the same sentence gives a concrete time frame
/// (<see cref="TimeFrame"/>), in the customer's quoted words, or where the vague word is tied to an event ("as soon as
/// the parcel arrives", "I'll let you know when it ships", "If the licensing changes, I'll let you know"), nor for
/// "we'll email you a label", which sends something rather than promising to be in touch. The fix writes a date placeholder the agent must fill in
/// (<c>by [Date]</c>; the <c>date-placeholder</c> option changes it), and only where the phrase closes a clause, so
/// the new words read correctly. Docs: rules/docs/RL2004.md.</remarks>
public sealed class RL2004VagueTimeline : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL2004";

    /// <summary>The option naming the placeholder the fix writes after "by".</summary>
    public const string DatePlaceholderOption = "date-placeholder";

    /// <summary>The default of <see cref="DatePlaceholderOption"/>: a bracket placeholder, the form help desks use for
    /// what the agent types in by hand before sending.</summary>
    public const string DefaultDatePlaceholder = "[Date]";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "vague-timeline",
        title: "Vague time frame",
        messageFormat: "'{0}' leaves the customer guessing how long to wait; give a time frame, such as 'by Friday' or 'within 2 business days'.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Open-ended waiting is one of the most annoying parts of a support case. A date, even a cautious one, lets the customer plan and tells them when to chase.",
        options: [OptionDescriptor.Text(DatePlaceholderOption, "What the fix writes after 'by'; default '[Date]'.")]);

    private static readonly PhraseList Vague = PhraseList.FromEmbeddedYaml<RL2004VagueTimeline>("phrases.yaml");

    private static readonly PhraseList VagueAtClauseEnd = PhraseList.FromEmbeddedYaml<RL2004VagueTimeline>("clause-end.yaml");

    private static readonly PhraseList Promises = PhraseList.FromEmbeddedYaml<RL2004VagueTimeline>("promises.yaml");

    private static readonly PhraseList Exceptions = PhraseList.FromEmbeddedYaml<RL2004VagueTimeline>("exceptions.yaml");

    // A promise followed by one of these is tied to an event: "I'll let you know when it ships".
    private static readonly FrozenSet<string> EventWords = FrozenSet.Create(
        StringComparer.Ordinal, "when", "once", "after", "if", "as", "before", "whenever", "until", "the");

    // A sentence that opens with one of these ties its promise to the event it names first: "If the licensing
    // changes, I'll let you know", "Once the courier replies, we'll be in touch".
    private static readonly FrozenSet<string> EventOpeners = FrozenSet.Create(
        StringComparer.Ordinal, "when", "once", "after", "if", "whenever", "until");

    // "We'll email you a prepaid label" sends something, as "we'll send you a label" does; it is not a promise to
    // be in touch. The words after "email you" that start what is sent:
    private static readonly FrozenSet<string> SentThings = FrozenSet.Create(
        StringComparer.Ordinal, "a", "an", "your", "our", "this", "that", "these", "those", "it", "them");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Vague);
        context.RegisterPhrases(VagueAtClauseEnd);
        context.RegisterPhrases(Promises);
        context.RegisterPhrases(Exceptions);
        context.RegisterDocumentAction(static document =>
        {
            var placeholder = document.Options.TryGetValue(Id, DatePlaceholderOption, out var configured) && !string.IsNullOrWhiteSpace(configured)
                ? configured.Trim()
                : DefaultDatePlaceholder;
            var text = document.Document.Text;
            var exceptions = document.GetMatches(Exceptions);
            var reportedSentences = new HashSet<Sentence>(ReferenceEqualityComparer.Instance);

            foreach (var match in document.GetMatches(Vague).Concat(document.GetMatches(VagueAtClauseEnd)))
            {
                var closesClause = ClosesClause(text, match.Span.End);
                if (match.Sentence.IsQuoted
                    || match.IsInsideAny(exceptions)
                    || (match.List == VagueAtClauseEnd && !closesClause)
                    || TimeFrame.IsIn(match.Sentence))
                {
                    continue;
                }

                var fix = closesClause
                    ? Fix.Replace(match.Span, (match.FirstToken == 0 ? "By " : "by ") + placeholder)
                    : null;
                document.Report(Descriptor, match.Span, fix, match.Text);
                reportedSentences.Add(match.Sentence);
            }

            foreach (var promise in document.GetMatches(Promises))
            {
                // One finding a sentence: in "we'll get back to you shortly" the fix belongs to "shortly".
                if (promise.Sentence.IsQuoted
                    || reportedSentences.Contains(promise.Sentence)
                    || IsTiedToAnEvent(promise)
                    || SendsSomething(promise)
                    || TimeFrame.IsIn(promise.Sentence))
                {
                    continue;
                }

                var insertion = " by " + placeholder;
                var fix = ClosesClause(text, promise.Span.End)
                    ? new Fix($"Add '{insertion.TrimStart()}'", [new TextEdit(new TextSpan(promise.Span.End, 0), insertion)])
                    : null;
                document.Report(Descriptor, promise.Span, fix, promise.Text);
            }
        });
    }

    private static bool IsTiedToAnEvent(PhraseMatch promise)
    {
        var tokens = promise.Sentence.Tokens;
        var next = promise.FirstToken + promise.TokenCount;
        if (next < tokens.Length && EventWords.Contains(tokens[next].Normalized))
        {
            return true;
        }

        return promise.FirstToken > 0 && OpensWithAnEvent(tokens);
    }

    // "If ...", "Once ...", or "As soon as ...", before the promise.
    private static bool OpensWithAnEvent(ImmutableArray<WordToken> tokens) =>
        EventOpeners.Contains(tokens[0].Normalized)
        || (tokens.Length > 2 && tokens[0].Normalized == "as" && tokens[1].Normalized == "soon" && tokens[2].Normalized == "as");

    private static bool SendsSomething(PhraseMatch promise)
    {
        var tokens = promise.Sentence.Tokens;
        var last = promise.FirstToken + promise.TokenCount - 1;
        var next = last + 1;
        return last >= 1
            && tokens[last].Normalized == "you"
            && tokens[last - 1].Normalized is "email" or "mail"
            && next < tokens.Length
            && (SentThings.Contains(tokens[next].Normalized) || tokens[next].Kind == WordTokenKind.Placeholder);
    }

    // Whether the phrase ending at `end` closes a clause: closing emphasis aside, punctuation, a line break or the end
    // of the text follows it. Only there does "by [Date]" read as well as the words it replaces.
    private static bool ClosesClause(SourceText text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is '*' or '_' or '~')
        {
            i++;
        }

        return i >= text.Length || text[i] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\r' or '\n' or '"' or '\u201D' or '\u2014' or '\u2013';
    }
}
