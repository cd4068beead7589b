namespace ReplyLint.Rules.Tone;

/// <summary>RL1001 defensive-wording: the reply argues the company's case against the customer ("as I already
/// explained", "this is not our fault").</summary>
/// <remarks>Guideline: leave out defensive remarks and stay composed, so that the customer hears one voice on their
/// side rather than one arguing against them. Three lists: phrases that are defensive wherever they stand, phrases
/// that are defensive only when they close a sentence ("That is our policy."), and near misses that are not defensive
/// at all ("our site is working properly again"). Docs: rules/docs/RL1001.md.</remarks>
public sealed class RL1001DefensiveWording : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL1001";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "defensive-wording",
        title: "Defensive wording",
        messageFormat: "'{0}' defends the company against the customer; acknowledge the problem and say what you will do about it.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Pointing at what was already said, at the policy or at a system that works as designed puts the agent on the other side of the table. The customer wants someone on theirs.");

    private static readonly PhraseList Phrases = PhraseList.FromEmbeddedYaml<RL1001DefensiveWording>("phrases.yaml");

    // Defensive only as the last words of a sentence: "That is our policy." shuts the door; "It is our policy to refund
    // within a day" does not.
    private static readonly PhraseList Endings = PhraseList.FromEmbeddedYaml<RL1001DefensiveWording>("endings.yaml");

    private static readonly PhraseList NotDefensive = PhraseList.FromEmbeddedYaml<RL1001DefensiveWording>("exceptions.yaml");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Phrases);
        context.RegisterPhrases(Endings);
        context.RegisterPhrases(NotDefensive);
        context.RegisterDocumentAction(static document =>
        {
            var exceptions = document.GetMatches(NotDefensive);
            foreach (var match in document.GetMatches(Phrases))
            {
                ReportUnlessExcused(document, match, exceptions);
            }

            foreach (var match in document.GetMatches(Endings))
            {
                if (match.FirstToken + match.TokenCount == match.Sentence.Tokens.Length)
                {
                    ReportUnlessExcused(document, match, exceptions);
                }
            }
        });
    }

    // A quote is the customer's own words (or an old reply being discussed), not what this reply says.
    private static void ReportUnlessExcused(DocumentAnalysisContext document, PhraseMatch match, IReadOnlyList<PhraseMatch> exceptions)
    {
        if (match.Sentence.IsQuoted || match.OverlapsAny(exceptions))
        {
            return;
        }

        document.Report(Descriptor, match.Span, null, match.Text);
    }
}
