namespace ReplyLint.Rules.Signals;

/// <summary>A way forward after a "no": an alternative ("but here is what I can do", "instead", "I can offer") or an
/// escalation path ("my supervisor can", "our billing team", "you can appeal", "reply to this email and").
/// RL1002 and RL2005 report a dodge or a refusal only when the template offers none.</summary>
/// <remarks>Deliberately generous: one way forward anywhere in the template's own prose (not in a quote) is enough,
/// because a rule that flags a refusal next to a real alternative teaches writers to ignore it. Bare mentions do not
/// count, though: "a manager has reviewed your case and the decision is final" names a manager but offers nothing.</remarks>
internal sealed class WayForward
{
    private WayForward()
    {
    }

    /// <summary>Alternatives: something else the customer can have or do.</summary>
    public static PhraseList Alternatives { get; } = PhraseList.FromEmbeddedYaml<WayForward>("alternatives.yaml");

    /// <summary>Escalation paths: someone else who can help, or a way to have the decision looked at again.</summary>
    public static PhraseList Escalations { get; } = PhraseList.FromEmbeddedYaml<WayForward>("escalations.yaml");

    /// <summary>Teams and specialists named as the place to go ("our billing team"): a way forward after a "no", but no
    /// next step by themselves.</summary>
    public static PhraseList Teams { get; } = PhraseList.FromEmbeddedYaml<WayForward>("teams.yaml");

    /// <summary>Registers the lists <see cref="Find"/> reads; call it from the rule's <c>Initialize</c>.</summary>
    public static void RegisterPhrases(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Alternatives);
        context.RegisterPhrases(Escalations);
        context.RegisterPhrases(Teams);
    }

    /// <summary>The first alternative or escalation path in the template's own prose; null when there is none.</summary>
    /// <param name="context">The document.</param>
    /// <param name="includeTeams">Whether a team named without an action ("our billing team") counts.</param>
    public static PhraseMatch? Find(DocumentAnalysisContext context, bool includeTeams = true)
    {
        ArgumentNullException.ThrowIfNull(context);
        PhraseMatch? first = null;
        foreach (var list in (ReadOnlySpan<PhraseList>)[Alternatives, Escalations, Teams])
        {
            if (!includeTeams && list == Teams)
            {
                continue;
            }

            var found = context.GetMatches(list).FirstOrDefault(IsOffered);
            if (found is not null && (first is null || found.Span.Start < first.Span.Start))
            {
                first = found;
            }
        }

        return first;
    }

    // Quotes are the customer's words. And a pattern that ends on "can" must not read "but we can't refund" as an
    // offer: a match followed by "not" or "no" ("we can no longer") is the start of a refusal.
    private static bool IsOffered(PhraseMatch match)
    {
        if (match.Sentence.IsQuoted)
        {
            return false;
        }

        var next = match.FirstToken + match.TokenCount;
        return next >= match.Sentence.Tokens.Length || match.Sentence.Tokens[next].Normalized is not ("not" or "no");
    }
}
