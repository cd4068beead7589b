using ReplyLint.Rules.Signals;

namespace ReplyLint.Rules.Completeness;

/// <summary>RL2005 missing-escalation-path: the reply says no, or that nothing more can be done, and offers no
/// alternative, nobody else to turn to and no way to appeal.</summary>
/// <remarks>Guideline: when you cannot solve the problem yourself, hand it on to someone who can, such as a
/// supervisor or a more experienced colleague, rather than leave the customer stuck. Signals: <see cref="Refusal"/>
/// finds the "no", <see cref="WayForward"/> an alternative or escalation path anywhere in the template's own prose.
/// One finding a template, on the first refusal sentence: one way forward answers every refusal in it.
/// Docs: rules/docs/RL2005.md.</remarks>
public sealed class RL2005MissingEscalationPath : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL2005";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "missing-escalation-path",
        title: "Refusal with no way forward",
        messageFormat: "'{0}' leaves the customer at a dead end; offer an alternative, someone to escalate to, or a way to appeal the decision.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "A refusal can be the right answer, but a refusal with nowhere to go turns a disappointed customer into an angry one. Name an alternative, a person or team who can look again, or an appeal route.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Refusal.RegisterPhrases(context);
        WayForward.RegisterPhrases(context);
        context.RegisterDocumentAction(static document =>
        {
            var refusals = Refusal.Find(document);
            if (refusals.Count == 0 || WayForward.Find(document) is not null)
            {
                return;
            }

            // The whole sentence, so that the writer sees the "no" in its context.
            var first = refusals[0];
            document.Report(Descriptor, first.Sentence.Span, null, first.Text);
        });
    }
}
