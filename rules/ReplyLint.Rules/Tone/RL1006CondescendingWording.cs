using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Rules.Tone;

/// <summary>RL1006 condescending-wording: wording that talks down to the customer ("obviously", "simply click",
/// "as you know", "calm down").</summary>
/// <remarks>Guideline: keep a calm, respectful tone and answer rudeness with kindness; a reply that implies the answer
/// was obvious, or tells the customer how to feel, does the opposite. Three lists: phrases that talk down wherever they
/// stand, phrases that do so only when they open a sentence ("Relax, ..."), and near misses ("obviously our mistake",
/// "easy to miss"). Where the finding turns on one adverb ("simply", "obviously", "clearly") that stands alone before
/// the next word, the fix deletes it. Docs: rules/docs/RL1006.md.</remarks>
public sealed class RL1006CondescendingWording : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL1006";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "condescending-wording",
        title: "Condescending wording",
        messageFormat: "'{0}' can read as talking down to the customer; explain plainly, without implying it should have been obvious.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Words that imply the answer was obvious, or that tell an upset customer how to feel, are heard as contempt. Give the information or the step plainly and leave the judgement out.");

    private static readonly PhraseList Phrases = PhraseList.FromEmbeddedYaml<RL1006CondescendingWording>("phrases.yaml");

    // Talking down only as the first words of a sentence: "Relax, it's fine." but not "sit back and relax".
    private static readonly PhraseList Openers = PhraseList.FromEmbeddedYaml<RL1006CondescendingWording>("openers.yaml");

    private static readonly PhraseList NotCondescending = PhraseList.FromEmbeddedYaml<RL1006CondescendingWording>("exceptions.yaml");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Phrases);
        context.RegisterPhrases(Openers);
        context.RegisterPhrases(NotCondescending);
        context.RegisterDocumentAction(static document =>
        {
            var exceptions = document.GetMatches(NotCondescending);
            foreach (var match in document.GetMatches(Phrases))
            {
                ReportUnlessExcused(document, match, exceptions);
            }

            foreach (var match in document.GetMatches(Openers))
            {
                if (OpensSentence(match))
                {
                    ReportUnlessExcused(document, match, exceptions);
                }
            }
        });
    }

    private static void ReportUnlessExcused(DocumentAnalysisContext document, PhraseMatch match, IReadOnlyList<PhraseMatch> exceptions)
    {
        // A quote is the customer's own words: "> As you know, I ordered twice" is theirs, not ours.
        if (match.Sentence.IsQuoted || match.OverlapsAny(exceptions))
        {
            return;
        }

        document.Report(Descriptor, match.Span, RemoveAdverb(document, match), match.Text);
    }

    // "{{customer.first_name}}, calm down" opens the sentence as much as "Calm down" does.
    private static bool OpensSentence(PhraseMatch match)
    {
        var tokens = match.Sentence.Tokens;
        for (var i = 0; i < match.FirstToken; i++)
        {
            if (tokens[i].Kind != WordTokenKind.Placeholder)
            {
                return false;
            }
        }

        return true;
    }

    // Deleting "simply" from "simply click", "obviously" from "we obviously need" or "clearly" from "as clearly stated"
    // leaves a sentence that reads the same minus the put-down. That holds only when the adverb is a bare word followed
    // by whitespace and another word; "Obviously, ..." or "*simply* click" get no fix.
    private static Fix? RemoveAdverb(DocumentAnalysisContext document, PhraseMatch match)
    {
        var tokens = match.Sentence.Tokens;
        var adverb = -1;
        for (var i = match.FirstToken; i < match.FirstToken + match.TokenCount; i++)
        {
            if (tokens[i].Normalized is "simply" or "obviously" or "clearly")
            {
                if (adverb >= 0)
                {
                    return null;
                }

                adverb = i;
            }
        }

        if (adverb < 0 || adverb + 1 >= tokens.Length || tokens[adverb + 1].Kind != WordTokenKind.Word)
        {
            return null;
        }

        var text = document.Document.Text;
        var word = tokens[adverb].Span;
        var next = tokens[adverb + 1].Span;
        if (next.Start <= word.End || !IsWhiteSpace(text.Slice(TextSpan.FromBounds(word.End, next.Start))))
        {
            return null;
        }

        var written = text.ToString(word);
        var title = $"Remove '{written}'";

        // "Simply click" opens the sentence: the next word takes over its capital.
        if (adverb == 0 && char.IsUpper(written[0]) && char.IsLower(text[next.Start]))
        {
            return Fix.Replace(TextSpan.FromBounds(word.Start, next.Start + 1), new string(char.ToUpperInvariant(text[next.Start]), 1), title);
        }

        return Fix.Replace(TextSpan.FromBounds(word.Start, next.Start), string.Empty, title);
    }

    private static bool IsWhiteSpace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
