using ReplyLint.Rules.Clarity;
using ReplyLint.Rules.Completeness;
using ReplyLint.Rules.Hygiene;
using ReplyLint.Rules.Tone;

namespace ReplyLint.Rules;

/// <summary>Every built-in rule, in ID order. Listed by hand rather than found by reflection, so the tool stays
/// trimmable and native-AOT compatible; a convention test checks that no rule class is missing here.</summary>
public static class BuiltInRules
{
    /// <summary>One instance of each built-in analyzer (they are stateless and shared).</summary>
    public static ImmutableArray<ReplyAnalyzer> All { get; } =
    [
        new RL1001DefensiveWording(),
        new RL1002EvasiveWording(),
        new RL1003BlamingWording(),
        new RL1004RoboticWording(),
        new RL1005NonApology(),
        new RL1006CondescendingWording(),
        new RL1007Shouting(),
        new RL1008HostileBoundary(),
        new RL2001MissingApology(),
        new RL2002MissingNextSteps(),
        new RL2003MissingEmpathy(),
        new RL2004VagueTimeline(),
        new RL2005MissingEscalationPath(),
        new RL2006GenericGreeting(),
        new RL3001MalformedPlaceholder(),
        new RL3002UnknownPlaceholder(),
        new RL3003DraftLeftover(),
        new RL3004DuplicateTemplate(),
        new RL3005EmptyTemplate(),
        new RL4001LongSentence(),
        new RL4002ReadingLevel(),
        new RL4003TooLongForChannel(),
    ];
}
