namespace ReplyLint.Rules.Tone;

/// <summary>RL1003 blaming-wording: the reply puts the fault on the customer ("you failed to", "you should have read").</summary>
/// <remarks>Guideline: an agent never criticizes the customer; they stay close to them and work towards the fix, even
/// when the customer's own slip caused the problem. The near misses ("if you failed to receive the code", "you should
/// have received an email", "it's not your fault") are a list of their own, and a blame match that overlaps one of
/// them is dropped. Docs: rules/docs/RL1003.md.</remarks>
public sealed class RL1003BlamingWording : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL1003";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "blaming-wording",
        title: "Wording blames the customer",
        messageFormat: "'{0}' puts the fault on the customer; say what happened and what we will do about it.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Telling an upset customer what they did wrong makes them angrier and solves nothing. Describe what happened without a culprit, and move to the fix.");

    private static readonly PhraseList Phrases = PhraseList.FromEmbeddedYaml<RL1003BlamingWording>("phrases.yaml");

    private static readonly PhraseList NotBlame = PhraseList.FromEmbeddedYaml<RL1003BlamingWording>("exceptions.yaml");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Phrases);
        context.RegisterPhrases(NotBlame);
        context.RegisterDocumentAction(static document =>
        {
            var exceptions = document.GetMatches(NotBlame);
            foreach (var match in document.GetMatches(Phrases))
            {
                // A quote is the customer's own words: "you should have read my message" is theirs to say.
                if (!match.Sentence.IsQuoted && !match.OverlapsAny(exceptions))
                {
                    document.Report(Descriptor, match.Span, null, match.Text);
                }
            }
        });
    }
}
