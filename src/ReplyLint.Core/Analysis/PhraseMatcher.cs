using System.Buffers;
using ReplyLint.Syntax;

namespace ReplyLint.Analysis;

/// <summary>Every phrase of every list, compiled once into one token-level trie and matched in one pass per sentence.</summary>
/// <remarks>
/// Per list, the longest match at a position wins and matches do not overlap: they are chosen greedily from left to
/// right. Lists are independent, so two lists may match the same words. Immutable after <see cref="Compile"/>, so one
/// matcher serves every thread.
/// </remarks>
internal sealed class PhraseMatcher
{
    // Above this many lists the per-call state is rented instead of taken from the stack.
    private const int StackListLimit = 64;

    private readonly PhraseList[] _lists;
    private readonly PhraseEntry[] _entries;
    private readonly Node _root;

    private PhraseMatcher(PhraseList[] lists, PhraseEntry[] entries, Node root, int sequenceCount)
    {
        _lists = lists;
        _entries = entries;
        _root = root;
        SequenceCount = sequenceCount;
    }

    /// <summary>How many distinct token sequences were compiled, over all lists (a sequence repeated within a list counts once).</summary>
    public int SequenceCount { get; }

    /// <summary>The lists, in the order given to <see cref="Compile"/>; a match's list index is its position here.</summary>
    public IReadOnlyList<PhraseList> Lists => _lists;

    /// <summary>Compiles the phrases of <paramref name="lists"/>.</summary>
    /// <exception cref="PhraseListException">A pattern is malformed.</exception>
    public static PhraseMatcher Compile(IReadOnlyList<PhraseList> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var listArray = new PhraseList[lists.Count];
        var entries = new List<PhraseEntry>();
        var root = new Node();
        var sequenceCount = 0;
        for (var listIndex = 0; listIndex < listArray.Length; listIndex++)
        {
            var list = lists[listIndex] ?? throw new ArgumentException("A phrase list is null.", nameof(lists));
            listArray[listIndex] = list;
            foreach (var entry in list.Entries)
            {
                var entryId = -1;
                // A list built in code (a plugin's, say) has no file position: its name is the best origin there is.
                foreach (var sequence in PhrasePattern.Expand(entry.Pattern, entry.Origin ?? $"phrase list '{list.Name}'"))
                {
                    var node = root;
                    foreach (var token in sequence)
                    {
                        node = node.GetOrAddChild(token);
                    }

                    // The first entry of a list to reach a sequence owns it, so duplicates never match twice.
                    if (!node.HasTerminalFor(listIndex))
                    {
                        if (entryId < 0)
                        {
                            entryId = entries.Count;
                            entries.Add(entry);
                        }

                        node.AddTerminal(new Terminal(listIndex, entryId));
                        sequenceCount++;
                    }
                }
            }
        }

        return new PhraseMatcher(listArray, [.. entries], root, sequenceCount);
    }

    /// <summary>Appends the matches in <paramref name="sentence"/> to <paramref name="results"/>, ordered by first token, then list.</summary>
    public void FindMatches(Sentence sentence, List<PhraseMatch> results)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(results);
        var tokens = sentence.Tokens;
        if (tokens.IsDefaultOrEmpty || _lists.Length == 0)
        {
            return;
        }

        // Per list: the first token a new match may start at, the best match found at the current start (length
        // and entry), and the lists that found one there. All zero to begin with.
        var listCount = _lists.Length;
        int[]? rented = null;
        Span<int> state = listCount <= StackListLimit
            ? stackalloc int[StackListLimit * 4]
            : rented = ArrayPool<int>.Shared.Rent(listCount * 4);
        state = state[..(listCount * 4)];
        state.Clear();
        var nextFree = state.Slice(0, listCount);
        var bestLength = state.Slice(listCount, listCount);
        var bestEntry = state.Slice(listCount * 2, listCount);
        var found = state.Slice(listCount * 3, listCount);

        try
        {
            for (var start = 0; start < tokens.Length; start++)
            {
                var foundCount = 0;
                var node = Step(_root, tokens[start]);
                var length = 1;
                while (node is not null)
                {
                    foreach (var terminal in node.Terminals)
                    {
                        var list = terminal.ListIndex;
                        if (nextFree[list] > start)
                        {
                            continue;
                        }

                        if (bestLength[list] == 0)
                        {
                            found[foundCount++] = list;
                        }

                        // Nodes are visited shortest first, so a later terminal is a longer match.
                        bestLength[list] = length;
                        bestEntry[list] = terminal.EntryId;
                    }

                    if (start + length >= tokens.Length)
                    {
                        break;
                    }

                    node = Step(node, tokens[start + length]);
                    length++;
                }

                if (foundCount == 0)
                {
                    continue;
                }

                var foundLists = found[..foundCount];
                foundLists.Sort();
                foreach (var list in foundLists)
                {
                    results.Add(new PhraseMatch(_lists[list], _entries[bestEntry[list]], sentence, start, bestLength[list]));
                    nextFree[list] = start + bestLength[list];
                    bestLength[list] = 0;
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    // Words and numbers match pattern words by their normalized form; placeholders match only the {} slot;
    // opaque tokens (code, URLs) match nothing, so no phrase spans them.
    private static Node? Step(Node node, in WordToken token) => token.Kind switch
    {
        WordTokenKind.Word or WordTokenKind.Number =>
            node.Children is { } children && children.TryGetValue(token.Normalized, out var child) ? child : null,
        WordTokenKind.Placeholder => node.Slot,
        _ => null,
    };

    /// <summary>A compiled sequence ends here for list <see cref="ListIndex"/>, declared by entry <see cref="EntryId"/>.</summary>
    private readonly record struct Terminal(int ListIndex, int EntryId);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; private set; }

        public Node? Slot { get; private set; }

        // Ordered by list index, at most one per list.
        public Terminal[] Terminals { get; private set; } = [];

        public Node GetOrAddChild(PatternToken token)
        {
            if (token.Word is not { } word)
            {
                return Slot ??= new Node();
            }

            Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!Children.TryGetValue(word, out var child))
            {
                child = new Node();
                Children.Add(word, child);
            }

            return child;
        }

        public bool HasTerminalFor(int listIndex) =>
            Terminals.Length > 0 && Terminals[^1].ListIndex == listIndex;

        public void AddTerminal(Terminal terminal) => Terminals = [.. Terminals, terminal];
    }
}
