using System.Collections.Frozen;
using ReplyLint.Syntax;

namespace ReplyLint.Rules.Tone;

/// <summary>RL1008 hostile-boundary: a threat or an ultimatum ("this is your final warning", "we will close your
/// account if").</summary>
/// <remarks>Guideline: when a customer turns abusive, set the boundary politely but firmly: say what you need and what
/// you will do, without threatening them. A polite boundary ("I can help best if we keep this respectful") is never
/// flagged. Closing or suspending an account is often plain information ("your account will be locked after five
/// wrong passwords"), so that list (with "we will not tolerate this") counts only in a sentence about the customer's
/// behaviour.
/// Docs: rules/docs/RL1008.md.</remarks>
public sealed class RL1008HostileBoundary : ReplyAnalyzer
{
    /// <summary>The rule ID.</summary>
    public const string Id = "RL1008";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptor.Create(
        id: Id,
        name: "hostile-boundary",
        title: "Threat or ultimatum",
        messageFormat: "'{0}' reads as a threat; set the boundary politely, say what you need, and keep offering help.",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "A threat or an ultimatum turns a difficult conversation into a fight. A boundary stated calmly (what you need, what you will do, how the customer can still get help) protects the agent without escalating.");

    private static readonly PhraseList Phrases = PhraseList.FromEmbeddedYaml<RL1008HostileBoundary>("phrases.yaml");

    // Closing an account, "we will not tolerate this": a threat only when the sentence is about behaviour.
    private static readonly PhraseList Gated = PhraseList.FromEmbeddedYaml<RL1008HostileBoundary>("gated.yaml");

    private static readonly FrozenSet<string> BehaviourWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "abuse", "abusive", "language", "behavior", "behaviour", "conduct", "tone", "insult", "insults", "insulting", "threat",
        "threats", "threatening", "harassment", "harassing", "rude", "rudeness", "swearing", "profanity", "profane", "offensive",
        "hostile", "aggressive", "outburst", "outbursts", "yelling", "shouting");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A quote is the customer's own words: their threats are not the reply's.
        context.RegisterPhrases(Phrases, static match =>
        {
            if (!match.Match.Sentence.IsQuoted)
            {
                match.Report(Descriptor);
            }
        });
        context.RegisterPhrases(Gated, static match =>
        {
            if (!match.Match.Sentence.IsQuoted && IsAboutBehaviour(match.Match.Sentence))
            {
                match.Report(Descriptor);
            }
        });
    }

    private static bool IsAboutBehaviour(Sentence sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind == WordTokenKind.Word && BehaviourWords.Contains(token.Normalized))
            {
                return true;
            }
        }

        return false;
    }
}
