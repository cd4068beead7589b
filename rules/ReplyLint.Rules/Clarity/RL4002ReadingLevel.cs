using System.Globalization;
using ReplyLint.Syntax;

namespace ReplyLint.Rules.Clarity;

/// <summary>RL4002 reading-level: the reply reads above the configured school grade (Flesch-Kincaid).</summary>
/// <remarks>Clarity: an upset customer should understand the answer on the first reading, and long sentences full
/// of long words make them read it twice. The grade is the Flesch-Kincaid formula over the reply's own prose (not
/// headings, not quotes), with syllables estimated by <see cref="SyllableCounter"/>; below a minimum length the
/// formula is noise and the rule says nothing, and a template whose <c>locale</c> is not English is not measured.
/// Docs: rules/docs/RL4002.md.</remarks>
public sealed class RL4002ReadingLevel : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL4002";

    /// <summary>The option that sets the highest grade allowed.</summary>
    internal const string MaxGradeOption = "max-grade";

    /// <summary>The option that sets the fewest words the formula needs.</summary>
    internal const string MinWordsOption = "min-words";

    /// <summary>The highest grade allowed when none is configured.</summary>
    internal const int DefaultMaxGrade = 10;

    /// <summary>The fewest words measured when none is configured.</summary>
    internal const int DefaultMinWords = 40;

    // The hardest sentence is picked among sentences at least this long: a three-word line of long words scores
    // a high grade but is not what makes a reply hard to read.
    private const int HardestSentenceMinWords = 10;

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "reading-level",
        title: "Reading level too high",
        messageFormat: "The reply reads at grade '{1}', above the target of '{2}', and its hardest sentence is '{0}'; use shorter sentences and everyday words.",
        defaultSeverity: DiagnosticSeverity.Suggestion,
        description: "A reply written like a contract makes the customer work to find the answer. Short sentences and everyday words get it across on the first reading.",
        options:
        [
            OptionDescriptor.WholeNumber(MaxGradeOption, "The highest Flesch-Kincaid grade allowed; default 10."),
            OptionDescriptor.WholeNumber(MinWordsOption, "The fewest words a reply must have before it is measured; default 40."),
        ]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(static context =>
        {
            if (!IsEnglish(context.Document.FrontMatter?.Locale))
            {
                return; // the formula and the syllable rules are English ones
            }

            var maxGrade = ProseMeasure.Option(context.Options, Id, MaxGradeOption, DefaultMaxGrade);
            var minWords = ProseMeasure.Option(context.Options, Id, MinWordsOption, DefaultMinWords);
            var reading = Measure(context.Document);
            if (reading.Hardest is null || reading.Words < minWords)
            {
                return;
            }

            // Compared as shown: a reply the message would call "grade 10.0" is not above a target of 10.
            var grade = Math.Round(reading.Grade, 1, MidpointRounding.AwayFromZero);
            if (grade <= maxGrade)
            {
                return;
            }

            context.ReportDocument(
                Descriptor,
                ProseMeasure.Excerpt(reading.Hardest),
                grade.ToString("0.0", CultureInfo.InvariantCulture),
                maxGrade.ToString(CultureInfo.InvariantCulture));
        });
    }

    /// <summary>The Flesch-Kincaid grade of the document's own prose: 0.39 × words per sentence + 11.8 × syllables
    /// per word − 15.59.</summary>
    /// <remarks>Words per sentence counts every word the customer reads, placeholders included (one word each).
    /// Syllables per word is estimated from the written words only: a number or a placeholder has no spelling to
    /// count. A sentence counts when it has a written word, so a signature that is only <c>{{ agent.name }}</c>
    /// does not lower the average.</remarks>
    internal static ReadingGrade Measure(TemplateDocument document)
    {
        var sentences = 0;
        var words = 0;
        var writtenWords = 0;
        var syllables = 0;
        Sentence? hardest = null;
        var hardestScore = double.MinValue;
        var longest = (Sentence: (Sentence?)null, Words: 0);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.IsQuoted || sentence.BlockKind == ProseBlockKind.Heading || !ProseMeasure.HasWrittenWord(sentence))
            {
                continue;
            }

            var (sentenceWritten, sentenceSyllables) = CountSyllables(sentence);
            var sentenceWords = ProseMeasure.Words(sentence, document);
            sentences++;
            words += sentenceWords;
            writtenWords += sentenceWritten;
            syllables += sentenceSyllables;

            if (sentenceWords > longest.Words)
            {
                longest = (sentence, sentenceWords);
            }

            var score = Grade(sentenceWords, 1, sentenceSyllables, sentenceWritten);
            if (sentenceWords >= HardestSentenceMinWords && score > hardestScore)
            {
                (hardest, hardestScore) = (sentence, score);
            }
        }

        if (sentences == 0)
        {
            return new ReadingGrade(0, 0, 0, null);
        }

        return new ReadingGrade(Grade(words, sentences, syllables, writtenWords), words, sentences, hardest ?? longest.Sentence);
    }

    // No locale means the default, English; "en", "en-GB" and "en_US" are English.
    private static bool IsEnglish(string? locale)
    {
        var trimmed = locale.AsSpan().Trim();
        return trimmed.IsEmpty
            || trimmed.Equals("en", StringComparison.OrdinalIgnoreCase)
            || (trimmed.Length > 2 && trimmed.StartsWith("en", StringComparison.OrdinalIgnoreCase) && trimmed[2] is '-' or '_');
    }

    private static double Grade(int words, int sentences, int syllables, int writtenWords) =>
        (0.39 * words / sentences) + (11.8 * syllables / writtenWords) - 15.59;

    private static (int Words, int Syllables) CountSyllables(Sentence sentence)
    {
        var words = 0;
        var syllables = 0;
        var last = -1;
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind != WordTokenKind.Word || token.TextStart == last)
            {
                continue; // "we're" is two tokens with one spelling
            }

            last = token.TextStart;
            words++;
            syllables += Math.Max(1, SyllableCounter.Count(ProseMeasure.Written(sentence, token)));
        }

        return (words, syllables);
    }
}

/// <summary>The reading grade of a reply's prose.</summary>
/// <param name="Grade">The Flesch-Kincaid grade.</param>
/// <param name="Words">The words measured.</param>
/// <param name="Sentences">The sentences measured.</param>
/// <param name="Hardest">The sentence that reads hardest (null when nothing was measured).</param>
internal readonly record struct ReadingGrade(double Grade, int Words, int Sentences, Sentence? Hardest);
