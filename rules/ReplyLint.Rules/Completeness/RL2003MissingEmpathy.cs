using ReplyLint.Rules.Signals;

namespace ReplyLint.Rules.Completeness;

/// <summary>RL2003 missing-empathy: the template answers a complaint and never acknowledges what the customer went
/// through.</summary>
/// <remarks>Guideline: show the customer that you understand how they feel and why; understanding is what takes the
/// heat out of a complaint. Acknowledgement is an empathy phrase (this rule's list: "I can see why", "that must have
/// been frustrating", "I know you were counting on it"). An apology is not one, even when it names the problem
/// ("Sorry about the mix-up with your order"): being sorry for what happened is RL2001's concern, understanding what
/// it meant for the customer is this rule's. A phrase does not count inside a stock line of RL1004 ("I understand your
/// frustration" is a script, not empathy), nor in a quote. Signals: <see cref="ComplaintContext"/>,
/// <see cref="StockWording"/>. Docs: rules/docs/RL2003.md.</remarks>
public sealed class RL2003MissingEmpathy : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL2003";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "missing-empathy",
        title: "Complaint reply without empathy",
        messageFormat: "The reply answers a complaint ('{0}') but never acknowledges how it affected the customer; say what you understand, such as 'I can see why a second charge would worry you'.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "An upset customer calms down when they feel understood. Name their situation, or say how it must feel, in your own words: a stock 'I understand your frustration' does not count.");

    private static readonly PhraseList Empathy = PhraseList.FromEmbeddedYaml<RL2003MissingEmpathy>("phrases.yaml");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Empathy);
        ComplaintContext.RegisterPhrases(context);
        context.RegisterPhrases(StockWording.Phrases);
        context.RegisterDocumentAction(static document =>
        {
            if (!document.Document.Sentences.Any(static s => !s.IsQuoted))
            {
                return; // nothing of ours to read: RL3005's business
            }

            if (ComplaintContext.Find(document) is not { } complaint || ShowsEmpathy(document))
            {
                return;
            }

            document.ReportDocument(Descriptor, complaint);
        });
    }

    private static bool ShowsEmpathy(DocumentAnalysisContext document)
    {
        var stock = document.GetMatches(StockWording.Phrases);
        foreach (var match in document.GetMatches(Empathy))
        {
            if (!match.Sentence.IsQuoted && !match.IsInsideAny(stock))
            {
                return true;
            }
        }

        return false;
    }
}
