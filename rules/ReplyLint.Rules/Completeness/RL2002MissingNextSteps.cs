using System.Collections.Frozen;
using ReplyLint.Syntax;

namespace ReplyLint.Rules.Completeness;

/// <summary>RL2002 missing-next-steps: the reply gives the customer nothing to do and nothing to wait for.</summary>
/// <remarks>Guideline: move the conversation from the problem to the solution, and keep the customer informed of
/// what happens next. Signals, any one of which is a next step: a commitment with an actor and an action, a time
/// frame, a list of steps, a link or e-mail address, or a question to the customer. Docs: rules/docs/RL2002.md.</remarks>
public sealed class RL2002MissingNextSteps : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL2002";

    internal static readonly DiagnosticDescriptor Descriptor = new(
        id: Id,
        name: "missing-next-steps",
        title: "No concrete next step",
        messageFormat: "'{0}' gives the customer no next step; say who will do what by when ('I'll refund the charge today'), list the steps, link to a page, or ask a question.",
        category: RuleCategories.Completeness,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A reply that ends without an action leaves the customer guessing, and open-ended waiting is what upsets customers most.",
        helpUri: HelpLinks.ForRule(Id));

    // Commitments (actor + concrete action), imperative steps and questions that move the case on.
    private static readonly PhraseList Commitments = PhraseList.FromEmbeddedYaml<RL2002MissingNextSteps>("phrases.yaml");

    private static readonly FrozenSet<string> TimeUnits = FrozenSet.Create(
        StringComparer.Ordinal,
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "business", "working", "month", "months");

    private static readonly FrozenSet<string> Quantities = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "ten", "few", "couple", "next", "24", "48", "72",
        "about", "around", "roughly", "approximately", "under", "up", "to");

    private static readonly FrozenSet<string> DayWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "noon", "midday", "eod");

    // A sentence that opens with one of these is an instruction: "Open the app and tap Reset."
    private static readonly FrozenSet<string> ImperativeOpeners = FrozenSet.Create(
        StringComparer.Ordinal,
        "reply", "click", "tap", "visit", "open", "go", "log", "sign", "download", "follow", "enter", "choose", "select", "attach",
        "upload", "print", "restart", "try", "send", "forward", "call", "text", "check", "use", "pick", "book", "track", "return", "head");

    private static readonly FrozenSet<string> ClockWords = FrozenSet.Create(StringComparer.Ordinal, "am", "pm", "utc", "gmt", "cet", "est", "pst");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Commitments);
        context.RegisterDocumentAction(static document =>
        {
            var prose = document.Document.Sentences.Where(static s => !s.IsQuoted).ToList();
            if (prose.Count == 0)
            {
                return; // nothing to read is RL3005's business, not a missing next step
            }

            if (HasNextStep(document, prose))
            {
                return;
            }

            document.ReportDocument(Descriptor, NameOf(document.Document));
        });
    }

    private static bool HasNextStep(DocumentAnalysisContext context, List<Sentence> prose)
    {
        var document = context.Document;
        if (context.GetMatches(Commitments).Any(static m => !m.Sentence.IsQuoted))
        {
            return true;
        }

        // A link in a quote is the customer's own (their tracking page, their screenshot), not one we give them.
        var quotes = document.Blocks.Where(static b => b.IsQuoted).Select(static b => b.Span).ToList();
        if (document.Links.Any(l => !quotes.Exists(q => q.Contains(l.Span)))
            || document.Placeholders.Any(p => IsLinkPlaceholder(p.Name) && !quotes.Exists(q => q.Contains(p.Span))))
        {
            return true;
        }

        if (document.Blocks.Count(static b => b.Kind == ProseBlockKind.ListItem && !b.IsQuoted) >= 2)
        {
            return true;
        }

        return prose.Exists(static s => HasTimeFrame(s) || IsQuestionToTheCustomer(s) || IsInstruction(s));
    }

    private static bool IsLinkPlaceholder(string name) =>
        name.Contains("url", StringComparison.OrdinalIgnoreCase) || name.Contains("link", StringComparison.OrdinalIgnoreCase);

    // "within 2 business days", "in the next 24 hours", "in a couple of days", "next week", "by Friday", "by {{refund.date}}", "tomorrow", "at 3 pm", "15:00".
    internal static bool HasTimeFrame(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Normalized;
            if (tokens[i].Kind == WordTokenKind.Word && DayWords.Contains(word))
            {
                return true;
            }

            if (tokens[i].Kind == WordTokenKind.Number && (word.Contains(':', StringComparison.Ordinal) || (i + 1 < tokens.Length && ClockWords.Contains(tokens[i + 1].Normalized))))
            {
                return true;
            }

            // "next" is its own quantity: "next week", "next business day".
            if (word is "within" or "in" or "next" && UnitFollows(tokens, i + 1, sawQuantity: word == "next"))
            {
                return true;
            }

            // A "by" that is no deadline ("by the way", "charged by the bank") must not end the search. "until" and
            // "before" take the same deadlines: "access until {{plan.end_date}}", "before Friday".
            if (word is "by" or "until" or "before" && i + 1 < tokens.Length && IsDeadlineAfterBy(tokens, i + 1))
            {
                return true;
            }
        }

        return false;
    }

    // "by Friday" is handled by DayWords; here: "by 5 June", "by {{refund.date}}", "by end of day", "by the end of the week".
    private static bool IsDeadlineAfterBy(ImmutableArray<WordToken> tokens, int next) =>
        tokens[next].Kind is WordTokenKind.Number or WordTokenKind.Placeholder
        || tokens[next].Normalized == "end"
        || (tokens[next].Normalized == "the" && (next + 1 >= tokens.Length || tokens[next + 1].Normalized is "end" or "time"));

    private static bool UnitFollows(ImmutableArray<WordToken> tokens, int from, bool sawQuantity)
    {
        for (var i = from; i < tokens.Length && i < from + 5; i++)
        {
            var token = tokens[i];
            if (token.Kind == WordTokenKind.Number || Quantities.Contains(token.Normalized) || token.Normalized == "the")
            {
                sawQuantity = true;
            }
            else if (sawQuantity && token.Normalized == "of")
            {
                continue; // "in a couple of days"
            }
            else if (TimeUnits.Contains(token.Normalized))
            {
                return sawQuantity;
            }
            else
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsInstruction(Sentence sentence) =>
        sentence.Tokens is [{ Kind: WordTokenKind.Word } first, _, ..] && ImperativeOpeners.Contains(first.Normalized);

    // A question to the customer moves the case on; "Is there anything else I can help with?" does not.
    private static bool IsQuestionToTheCustomer(Sentence sentence)
    {
        if (!sentence.IsQuestion)
        {
            return false;
        }

        var addressesCustomer = false;
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // "anything else" is the stock closing question; "anything you'd like to export?" is a real one.
            if (tokens[i].Normalized == "anything" && i + 1 < tokens.Length && tokens[i + 1].Normalized == "else")
            {
                return false;
            }

            addressesCustomer |= tokens[i].Normalized is "you" or "your";
        }

        return addressesCustomer;
    }

    private static string NameOf(TemplateDocument document) =>
        document.FrontMatter?.Title ?? document.FrontMatter?.Id ?? System.IO.Path.GetFileName(document.Path);
}
