using System.Collections.Frozen;

namespace ReplyLint.Rules.Signals;

/// <summary>A refusal or a dead end: "we cannot refund", "there is nothing more we can do", "the decision is final",
/// "your request has been declined". RL2005 looks for one with no <see cref="WayForward"/> in the template.</summary>
/// <remarks>A refusal is not wrong in itself: a clear "no" with an alternative or a route to appeal is good service.
/// The signal only finds the "no"; what makes it a dead end is the absence of a way forward.</remarks>
internal sealed class Refusal
{
    // A "no" with a condition the customer can meet is a next step, not a dead end: "we can't refund it until the
    // parcel is back", "we cannot process it without the receipt"; and "this would not be possible without you" is thanks.
    private static readonly FrozenSet<string> Conditions = FrozenSet.Create(StringComparer.Ordinal, "until", "till", "unless", "without");

    private Refusal()
    {
    }

    /// <summary>Refusal and dead-end wording.</summary>
    public static PhraseList Refusals { get; } = PhraseList.FromEmbeddedYaml<Refusal>("refusals.yaml");

    /// <summary>Registers the list <see cref="Find"/> reads; call it from the rule's <c>Initialize</c>.</summary>
    public static void RegisterPhrases(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Refusals);
    }

    /// <summary>The refusals of the template's own prose (quotes are the customer's words), in source order; a refusal
    /// followed in its sentence by a condition ("until", "unless", "without") is not one.</summary>
    public static List<PhraseMatch> Find(DocumentAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.GetMatches(Refusals).Where(static m => !m.Sentence.IsQuoted && !IsConditional(m))];
    }

    /// <summary>Whether a condition follows <paramref name="refusal"/> in its sentence ("... until the parcel is back").</summary>
    public static bool IsConditional(PhraseMatch refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var tokens = refusal.Sentence.Tokens;
        for (var i = refusal.FirstToken + refusal.TokenCount; i < tokens.Length; i++)
        {
            if (Conditions.Contains(tokens[i].Normalized))
            {
                return true;
            }
        }

        return false;
    }
}
