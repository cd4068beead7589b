using ReplyLint.Rules.Signals;

namespace ReplyLint.Rules.Completeness;

/// <summary>RL2001 missing-apology: the template answers a complaint and never says sorry.</summary>
/// <remarks>Guideline: say sorry and mean it, even when the company did nothing wrong; a real apology tells the
/// customer their trouble matters and opens the way to fixing it. Signals: <see cref="ComplaintContext"/> decides
/// whether an apology is owed, <see cref="Apology"/> finds a sincere one (not a non-apology such as "sorry, but", not
/// a stock line of RL1004, not in the customer's quoted words). Docs: rules/docs/RL2001.md.</remarks>
public sealed class RL2001MissingApology : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL2001";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "missing-apology",
        title: "Complaint reply without an apology",
        messageFormat: "The reply answers a complaint ('{0}') but never says sorry; apologize for what went wrong, in your own words, such as 'I'm sorry your parcel is late'.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "A customer with a problem wants to hear that someone is sorry it happened, whoever's fault it was. A stock line or a 'sorry, but' does not count.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ComplaintContext.RegisterPhrases(context);
        Apology.RegisterPhrases(context);
        context.RegisterDocumentAction(static document =>
        {
            if (!document.Document.Sentences.Any(static s => !s.IsQuoted))
            {
                return; // nothing of ours to read: RL3005's business
            }

            if (ComplaintContext.Find(document) is not { } complaint || Apology.FindSincere(document).Count > 0)
            {
                return;
            }

            document.ReportDocument(Descriptor, complaint);
        });
    }
}
