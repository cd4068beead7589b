using ReplyLint.Rules.Signals;

namespace ReplyLint.Rules.Tone;

/// <summary>RL1002 evasive-wording: the reply dodges the request or the responsibility ("there is nothing we can do",
/// "mistakes were made", "that's not my department") and offers nothing else.</summary>
/// <remarks>Guideline: steer clear of evasive answers and put the effort into solutions; the customer should feel the
/// agent is on their side. A dodge is reported only when the template offers no way forward at all
/// (<see cref="WayForward"/>: an alternative or an escalation path), because "there's nothing more I can do about the
/// fee, but here is what I can do" is an honest limit followed by a solution. Docs: rules/docs/RL1002.md.</remarks>
public sealed class RL1002EvasiveWording : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL1002";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "evasive-wording",
        title: "Evasive wording with no alternative",
        messageFormat: "'{0}' dodges the request and the template offers nothing instead; say what you can do, or who can help and how to reach them.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Passing the problem on, or saying nothing can be done, tells the customer that nobody is on their side. Pair an honest limit with an alternative or an escalation path.");

    private static readonly PhraseList Phrases = PhraseList.FromEmbeddedYaml<RL1002EvasiveWording>("phrases.yaml");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Phrases);
        WayForward.RegisterPhrases(context);
        context.RegisterDocumentAction(static document =>
        {
            var dodges = document.GetMatches(Phrases);
            if (dodges.Count == 0 || WayForward.Find(document) is not null)
            {
                return;
            }

            foreach (var dodge in dodges)
            {
                // "There's nothing we can do until the courier replies" is a wait with a reason, not a dodge.
                if (!dodge.Sentence.IsQuoted && !Refusal.IsConditional(dodge))
                {
                    document.Report(Descriptor, dodge.Span, null, dodge.Text);
                }
            }
        });
    }
}
