using System.Collections.Frozen;
using ReplyLint.Rules.Signals;
using ReplyLint.Syntax;

namespace ReplyLint.Rules.Completeness;

/// <summary>RL2002 missing-next-steps: the reply gives the customer nothing to do and nothing to wait for.</summary>
/// <remarks>Guideline: move the conversation from the problem to the solution, and keep the customer informed of
/// what happens next. Signals, any one of which is a next step: a commitment with an actor and an action, a time
/// frame, a list of steps, a link or e-mail address, a question to the customer, or a way forward after a "no"
/// (<see cref="WayForward"/>: an alternative or an escalation path, but not a team merely named). Docs: rules/docs/RL2002.md.</remarks>
public sealed class RL2002MissingNextSteps : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL2002";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "missing-next-steps",
        title: "No concrete next step",
        messageFormat: "'{0}' gives the customer no next step; say who will do what by when ('I'll refund the charge today'), list the steps, link to a page, or ask a question.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "A reply that ends without an action leaves the customer guessing, and open-ended waiting is what upsets customers most.");

    // Commitments (actor + concrete action), imperative steps and questions that move the case on.
    private static readonly PhraseList Commitments = PhraseList.FromEmbeddedYaml<RL2002MissingNextSteps>("phrases.yaml");

    // A sentence that opens with one of these is an instruction: "Open the app and tap Reset."
    private static readonly FrozenSet<string> ImperativeOpeners = FrozenSet.Create(
        StringComparer.Ordinal,
        "reply", "click", "tap", "visit", "open", "go", "log", "sign", "download", "follow", "enter", "choose", "select", "attach",
        "upload", "print", "restart", "try", "send", "forward", "call", "text", "check", "use", "pick", "book", "track", "return", "head");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Commitments);
        WayForward.RegisterPhrases(context);
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

        // "What I can do is pass your case to our customer relations team" moves the case on as surely as a commitment.
        if (WayForward.Find(context, includeTeams: false) is not null)
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

        return prose.Exists(static s => TimeFrame.IsIn(s) || IsQuestionToTheCustomer(s) || IsInstruction(s));
    }

    private static bool IsLinkPlaceholder(string name) =>
        name.Contains("url", StringComparison.OrdinalIgnoreCase) || name.Contains("link", StringComparison.OrdinalIgnoreCase);

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
