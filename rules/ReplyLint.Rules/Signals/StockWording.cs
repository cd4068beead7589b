using ReplyLint.Rules.Tone;

namespace ReplyLint.Rules.Signals;

/// <summary>The stock lines RL1004 (robotic-wording) flags, as a veto for the other signals: an apology or a word of
/// empathy that lies wholly inside a stock line ("We apologize for any inconvenience", "I understand your
/// frustration") is the script talking, so it does not count as the real thing.</summary>
/// <remarks>Loads RL1004's own list, so the two never disagree about what is stock. It is a second instance of that
/// list: a run that enables RL1004 compiles its phrases twice, which costs a few hundred trie nodes.</remarks>
internal sealed class StockWording
{
    private StockWording()
    {
    }

    /// <summary>RL1004's phrase list.</summary>
    public static PhraseList Phrases { get; } = PhraseList.FromEmbeddedYaml<RL1004RoboticWording>("phrases.yaml");
}
