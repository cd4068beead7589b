namespace ReplyLint.Rules.Tone;

/// <summary>RL1005 non-apology: a conditional or insincere apology ("sorry if you feel", "I'm sorry, but").</summary>
/// <remarks>Guideline: apologize sincerely, even when the company is not at fault; an apology hedged with "if" or
/// taken back with "but" is heard as no apology at all. Apologies for a named event ("I'm sorry you had to wait so
/// long") never match, and the polite conditionals of bulk mail ("sorry if this reached you twice") are a list of
/// exceptions. Docs: rules/docs/RL1005.md.</remarks>
public sealed class RL1005NonApology : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL1005";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "non-apology",
        title: "Conditional or insincere apology",
        messageFormat: "'{0}' apologizes without owning anything; say sorry for what went wrong, with no 'if' and no 'but'.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "An apology for the customer's feelings, for a problem that may or may not exist, or followed by 'but' reads as an excuse. Name what went wrong and apologize for that.");

    private static readonly PhraseList Phrases = PhraseList.FromEmbeddedYaml<RL1005NonApology>("phrases.yaml");

    private static readonly PhraseList NotHedged = PhraseList.FromEmbeddedYaml<RL1005NonApology>("exceptions.yaml");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Phrases);
        context.RegisterPhrases(NotHedged);
        context.RegisterDocumentAction(static document =>
        {
            var exceptions = document.GetMatches(NotHedged);
            foreach (var match in document.GetMatches(Phrases))
            {
                // A quote is the customer's own words, or an old reply being discussed.
                if (!match.Sentence.IsQuoted && !match.OverlapsAny(exceptions))
                {
                    document.Report(Descriptor, match.Span, null, match.Text);
                }
            }
        });
    }
}
