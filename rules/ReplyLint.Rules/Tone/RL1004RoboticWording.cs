namespace ReplyLint.Rules.Tone;

/// <summary>RL1004 robotic-wording: a stock scripted line ("We apologize for any inconvenience").</summary>
/// <remarks>Guideline: nobody wants to feel that they are being read a script; a line every company uses tells the
/// customer that nobody read their message. Docs: rules/docs/RL1004.md.</remarks>
public sealed class RL1004RoboticWording : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL1004";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "robotic-wording",
        title: "Stock scripted wording",
        messageFormat: "'{0}' reads as a script; say in your own words what happened and what you will do about it.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Stock lines that every customer has read a hundred times tell them nobody read their message. Name the actual problem and the actual next step instead.");

    private static readonly PhraseList Phrases = PhraseList.FromEmbeddedYaml<RL1004RoboticWording>("phrases.yaml");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The engine compiles every analyzer's phrases into one matcher per run; this rule only decides what a match
        // means. The fix, where one is safe, comes from the phrase's `suggest:`.
        context.RegisterPhrases(Phrases, static match => match.Report(Descriptor));
    }
}
