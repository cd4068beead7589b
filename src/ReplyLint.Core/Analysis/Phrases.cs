using System.Collections.Immutable;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Analysis;

/// <summary>One phrase of a list: a pattern and, optionally, a safe replacement.</summary>
/// <param name="Pattern">The pattern, such as <c>we (apologize|are sorry) for any inconvenience</c>: words separated by
/// spaces, <c>(a|b c|)</c> for alternatives (an empty alternative makes the group optional).</param>
/// <param name="Suggest">A replacement the fix writes instead of the matched text; null when none is safe.</param>
/// <param name="Origin">Where the phrase was declared (file, line, column), for error messages; null when built in code.</param>
public sealed record PhraseEntry(string Pattern, string? Suggest = null, string? Origin = null);

/// <summary>A named list of phrases an analyzer declares. Built-in rules and user packs use the same YAML schema.</summary>
public sealed partial class PhraseList
{
    /// <summary>Creates a list.</summary>
    public PhraseList(string name, IEnumerable<PhraseEntry> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        Entries = [.. entries];
    }

    /// <summary>The list's name (its source, for messages).</summary>
    public string Name { get; }

    /// <summary>The phrases.</summary>
    public ImmutableArray<PhraseEntry> Entries { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Entries.Length} phrases)";
}

/// <summary>One match of a phrase in a sentence.</summary>
public sealed class PhraseMatch
{
    /// <summary>Creates a match.</summary>
    public PhraseMatch(PhraseList list, PhraseEntry entry, Sentence sentence, int firstToken, int tokenCount)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(sentence);
        List = list;
        Entry = entry;
        Sentence = sentence;
        FirstToken = firstToken;
        TokenCount = tokenCount;
        var first = sentence.Tokens[firstToken];
        var last = sentence.Tokens[firstToken + tokenCount - 1];
        Span = TextSpan.FromBounds(first.Span.Start, last.Span.End);
        Text = sentence.Text[first.TextStart..last.TextEnd];
    }

    /// <summary>The list the phrase belongs to.</summary>
    public PhraseList List { get; }

    /// <summary>The phrase that matched.</summary>
    public PhraseEntry Entry { get; }

    /// <summary>The sentence it matched in.</summary>
    public Sentence Sentence { get; }

    /// <summary>The index of the first matched token in <see cref="Syntax.Sentence.Tokens"/>.</summary>
    public int FirstToken { get; }

    /// <summary>How many tokens matched.</summary>
    public int TokenCount { get; }

    /// <summary>The source span, from the first matched word to the last.</summary>
    public TextSpan Span { get; }

    /// <summary>The matched text as a reader sees it (emphasis markers dropped, line breaks as spaces).</summary>
    public string Text { get; }

    /// <summary>Whether <paramref name="other"/> shares a token with this match (in the same sentence).</summary>
    public bool Overlaps(PhraseMatch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(Sentence, other.Sentence)
            && FirstToken < other.FirstToken + other.TokenCount
            && other.FirstToken < FirstToken + TokenCount;
    }

    /// <summary>Whether this match lies within <paramref name="outer"/>: same sentence, no token outside it.</summary>
    public bool IsInside(PhraseMatch outer)
    {
        ArgumentNullException.ThrowIfNull(outer);
        return ReferenceEquals(Sentence, outer.Sentence)
            && outer.FirstToken <= FirstToken
            && FirstToken + TokenCount <= outer.FirstToken + outer.TokenCount;
    }

    /// <summary>Whether any of <paramref name="others"/> overlaps this match: how a rule drops a match that its list of
    /// near misses ("if you failed to receive the code") also matched. Lists match independently, so one can veto another.</summary>
    public bool OverlapsAny(IReadOnlyList<PhraseMatch> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        foreach (var other in others)
        {
            if (Overlaps(other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any of <paramref name="outers"/> contains this match.</summary>
    public bool IsInsideAny(IReadOnlyList<PhraseMatch> outers)
    {
        ArgumentNullException.ThrowIfNull(outers);
        foreach (var outer in outers)
        {
            if (IsInside(outer))
            {
                return true;
            }
        }

        return false;
    }
}
