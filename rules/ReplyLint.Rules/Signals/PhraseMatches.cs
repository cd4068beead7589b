namespace ReplyLint.Rules.Signals;

/// <summary>How the matches of two phrase lists relate. Lists are matched independently, so a sentence can hold a
/// match of one list inside, over or beside a match of another; the signals use that to let one list veto another.</summary>
internal static class PhraseMatches
{
    /// <summary>Whether <paramref name="inner"/> lies within <paramref name="outer"/>: same sentence, and no token of
    /// <paramref name="inner"/> outside <paramref name="outer"/>.</summary>
    public static bool IsInside(PhraseMatch inner, PhraseMatch outer) =>
        ReferenceEquals(inner.Sentence, outer.Sentence)
        && outer.FirstToken <= inner.FirstToken
        && inner.FirstToken + inner.TokenCount <= outer.FirstToken + outer.TokenCount;

    /// <summary>Whether the two matches share a token.</summary>
    public static bool Overlap(PhraseMatch first, PhraseMatch second) =>
        ReferenceEquals(first.Sentence, second.Sentence)
        && first.FirstToken < second.FirstToken + second.TokenCount
        && second.FirstToken < first.FirstToken + first.TokenCount;

    /// <summary>Whether any of <paramref name="outers"/> contains <paramref name="inner"/>.</summary>
    public static bool IsInsideAny(PhraseMatch inner, IReadOnlyList<PhraseMatch> outers)
    {
        foreach (var outer in outers)
        {
            if (IsInside(inner, outer))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any of <paramref name="others"/> shares a token with <paramref name="match"/>.</summary>
    public static bool OverlapsAny(PhraseMatch match, IReadOnlyList<PhraseMatch> others)
    {
        foreach (var other in others)
        {
            if (Overlap(match, other))
            {
                return true;
            }
        }

        return false;
    }
}
