using System.Globalization;
using ReplyLint.Syntax;

namespace ReplyLint.Rules.Clarity;

/// <summary>RL4001 long-sentence: a sentence with more words than the configured limit (30 by default).</summary>
/// <remarks>Clarity: a reply should be plain and open about what happened and what comes next, and a sentence
/// that strings four clauses together buries the one the customer needs. Words are counted as the customer reads
/// them (see <see cref="ProseMeasure"/>); headings and quoted text (the customer's own words) are not checked, and
/// lines without end punctuation are measured one by one.
/// Docs: rules/docs/RL4001.md.</remarks>
public sealed class RL4001LongSentence : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL4001";

    /// <summary>The option that sets the limit.</summary>
    internal const string MaxWordsOption = "max-words";

    /// <summary>The limit when none is configured.</summary>
    internal const int DefaultMaxWords = 30;

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "long-sentence",
        title: "Sentence too long",
        messageFormat: "'{0}' runs to '{1}' words, '{2}' over the limit of '{3}'; split it into shorter sentences that make one point each.",
        defaultSeverity: DiagnosticSeverity.Suggestion,
        description: "A long sentence makes the customer hold several ideas at once and hides the one that matters. Split it so that each sentence says one thing.",
        options: [OptionDescriptor.WholeNumber(MaxWordsOption, "The most words a sentence may have; default 30.")]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(static context =>
        {
            var sentence = context.Sentence;

            // A quote is the customer's own words, not ours to shorten; a heading is a label, not a sentence.
            if (sentence.IsQuoted || sentence.BlockKind == ProseBlockKind.Heading)
            {
                return;
            }

            var limit = ProseMeasure.Option(context.Options, Id, MaxWordsOption, DefaultMaxWords);
            var words = ProseMeasure.Words(sentence, context.Document);

            // Lines with no end punctuation and no blank line between them (a signature, an address, an order
            // summary in a .txt file) are not one sentence: only a single line that runs on is.
            if (words > limit && !ProseMeasure.EndsWithTerminator(sentence))
            {
                words = ProseMeasure.WordsOfLongestLine(sentence, context.Document);
            }

            if (words <= limit)
            {
                return;
            }

            context.Report(
                Descriptor,
                sentence.Span,
                null,
                ProseMeasure.Excerpt(sentence),
                words.ToString(CultureInfo.InvariantCulture),
                (words - limit).ToString(CultureInfo.InvariantCulture),
                limit.ToString(CultureInfo.InvariantCulture));
        });
    }
}
