namespace ReplyLint.Diagnostics;

/// <summary>The rule categories. The thousands digit of a rule ID names its category.</summary>
public static class RuleCategories
{
    /// <summary>RL0xxx: the tool's own findings (analyzer failures, unreadable files).</summary>
    public const string Tool = "Tool";

    /// <summary>RL1xxx: wording and tone.</summary>
    public const string Tone = "Tone";

    /// <summary>RL2xxx: something a reply needs is missing.</summary>
    public const string Completeness = "Completeness";

    /// <summary>RL3xxx: template hygiene.</summary>
    public const string Hygiene = "Hygiene";

    /// <summary>RL4xxx: length and readability.</summary>
    public const string Clarity = "Clarity";

    /// <summary>The category of a built-in ID such as <c>RL1003</c>; null when the ID is not of the form <c>RLnnnn</c>.</summary>
    public static string? ForId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 6 || !id.StartsWith("RL", StringComparison.Ordinal) || id.AsSpan(2).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        return id[2] switch
        {
            '0' => Tool,
            '1' => Tone,
            '2' => Completeness,
            '3' => Hygiene,
            '4' => Clarity,
            _ => null,
        };
    }
}
