using ReplyLint.Syntax;

namespace ReplyLint.Analysis;

public sealed partial class PhraseList
{
    // Compiled on first use and kept: the list is immutable. Two threads may both compile it once; either result serves.
    private PhraseMatcher? _matcher;

    /// <summary>The matches of this list in a sentence the engine does not match itself, such as a greeting read with a
    /// placeholder's fallback text in place of the placeholder. Matched as the engine matches (the longest match at a
    /// position wins, matches do not overlap), in token order. For the sentences of the template,
    /// <see cref="DocumentAnalysisContext.GetMatches"/> already has the matches.</summary>
    /// <exception cref="PhraseListException">A pattern of the list is malformed.</exception>
    public IReadOnlyList<PhraseMatch> FindMatches(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var matcher = _matcher ??= PhraseMatcher.Compile([this]);
        var results = new List<PhraseMatch>();
        matcher.FindMatches(sentence, results);
        return results;
    }
}
