namespace ReplyLint.Rules.Tests.Conventions;

/// <summary>The rule catalog of the design, as (ID, name) pairs: IDs and names are a public contract (configuration
/// accepts either), so a shipped rule must appear here with exactly this name. Rules not built yet are simply absent
/// from the product; an ID is never renumbered or reused.</summary>
internal static class DesignCatalog
{
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["RL0001"] = "analyzer-exception",
        ["RL0002"] = "unreadable-file",
        ["RL0003"] = "unused-suppression",

        // Not in the design's table: the engine reports front matter it cannot read. It ships with a docs page and a
        // catalog line, so it is part of the contract now.
        ["RL0004"] = "invalid-front-matter",

        // Not in the design's table either: reported when --baseline lists findings that are gone.
        ["RL0005"] = "stale-baseline-entry",

        ["RL1001"] = "defensive-wording",
        ["RL1002"] = "evasive-wording",
        ["RL1003"] = "blaming-wording",
        ["RL1004"] = "robotic-wording",
        ["RL1005"] = "non-apology",
        ["RL1006"] = "condescending-wording",
        ["RL1007"] = "shouting",
        ["RL1008"] = "hostile-boundary",
        ["RL2001"] = "missing-apology",
        ["RL2002"] = "missing-next-steps",
        ["RL2003"] = "missing-empathy",
        ["RL2004"] = "vague-timeline",
        ["RL2005"] = "missing-escalation-path",
        ["RL2006"] = "generic-greeting",
        ["RL3001"] = "malformed-placeholder",
        ["RL3002"] = "unknown-placeholder",
        ["RL3003"] = "draft-leftover",
        ["RL3004"] = "duplicate-template",
        ["RL3005"] = "empty-template",
        ["RL4001"] = "long-sentence",
        ["RL4002"] = "reading-level",
        ["RL4003"] = "too-long-for-channel",
    };
}
