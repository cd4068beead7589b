namespace ReplyLint.Rules.Signals;

/// <summary>A sincere apology: "I'm sorry your parcel is late", "We apologize for the double charge", "My apologies",
/// or a plain "Sorry, {{ name }}: ..." on a short channel. RL2001 needs one in complaint context.</summary>
/// <remarks>
/// An apology does not count when:
/// <list type="bullet">
/// <item>it is a non-apology: the same words overlap a conditional or qualified form ("sorry if you feel",
/// "I'm sorry, but", "we apologize, but", "mistakes were made") or a politeness formula ("sorry to bother you").
/// That list is this signal's own;</item>
/// <item>it lies wholly inside a stock line of RL1004 ("We apologize for any inconvenience", "We're sorry that you're
/// having that issue"): a script is not an apology, whatever words it uses;</item>
/// <item>it is quoted (<c>&gt; ...</c>): those are the customer's words, not ours;</item>
/// <item>it is a company's bare "We're sorry." that ends its sentence and says nothing of what it is sorry for.</item>
/// </list>
/// </remarks>
internal sealed class Apology
{
    // "sorry about that" is an apology, but it names nothing; two words after it ("the delay", "your order") do.
    private const int WordsThatNameTheProblem = 2;

    private Apology()
    {
    }

    /// <summary>Apology wording.</summary>
    public static PhraseList Apologies { get; } = PhraseList.FromEmbeddedYaml<Apology>("apologies.yaml");

    /// <summary>Conditional and qualified apologies, which veto an apology they overlap.</summary>
    public static PhraseList NonApologies { get; } = PhraseList.FromEmbeddedYaml<Apology>("non-apologies.yaml");

    /// <summary>Registers the lists <see cref="FindSincere"/> reads; call it from the rule's <c>Initialize</c>.</summary>
    public static void RegisterPhrases(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Apologies);
        context.RegisterPhrases(NonApologies);
        context.RegisterPhrases(StockWording.Phrases);
    }

    /// <summary>The sincere apologies of the template's own prose, in source order.</summary>
    public static List<PhraseMatch> FindSincere(DocumentAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nonApologies = context.GetMatches(NonApologies);
        var stock = context.GetMatches(StockWording.Phrases);
        var sincere = new List<PhraseMatch>();
        foreach (var match in context.GetMatches(Apologies))
        {
            if (!match.Sentence.IsQuoted && !match.OverlapsAny(nonApologies) && !match.IsInsideAny(stock)
                && !IsBareCompanySorry(match))
            {
                sincere.Add(match);
            }
        }

        return sincere;
    }

    // "We're sorry." that ends its sentence: the voice of a company, with nothing said about what it is sorry for.
    // The "we" forms of the list need a following word, so this sentence only reaches here through the bare "sorry".
    private static bool IsBareCompanySorry(PhraseMatch match)
    {
        var tokens = match.Sentence.Tokens;
        var first = match.FirstToken;
        return first + match.TokenCount == tokens.Length
            && first >= 2
            && tokens[first - 2].Normalized == "we"
            && tokens[first - 1].Normalized == "are";
    }

    /// <summary>Whether the apology goes on to say what it is for ("I'm sorry <i>your parcel is late</i>"), rather than
    /// standing alone ("I apologize.", "Sorry about that!").</summary>
    public static bool NamesTheProblem(PhraseMatch apology)
    {
        ArgumentNullException.ThrowIfNull(apology);
        return apology.Sentence.Tokens.Length - (apology.FirstToken + apology.TokenCount) >= WordsThatNameTheProblem;
    }
}
