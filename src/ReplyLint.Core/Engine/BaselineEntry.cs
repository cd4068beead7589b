namespace ReplyLint.Engine;

/// <summary>One finding a baseline accepts. A finding matches it when the path, the rule ID and the stable
/// fingerprint are the same; the line and message are there for the people who review the baseline.</summary>
/// <param name="Path">The template's path relative to the baseline file's folder, with <c>/</c>.</param>
/// <param name="RuleId">The rule ID, such as <c>RL1004</c>.</param>
/// <param name="Fingerprint">The finding's <see cref="FindingFingerprint.Stable"/> fingerprint.</param>
/// <param name="Line">The 1-based line the finding was on when the baseline was written; 0 when not recorded.</param>
/// <param name="Message">The finding's message when the baseline was written; empty when not recorded.</param>
public sealed record BaselineEntry(string Path, string RuleId, string Fingerprint, int Line, string Message)
{
    /// <summary>The order of a baseline file: path, rule ID, line, fingerprint (ordinal), so that the same findings
    /// always give the same bytes.</summary>
    internal static Comparison<BaselineEntry> FileOrder { get; } = static (x, y) =>
    {
        var result = string.CompareOrdinal(x.Path, y.Path);
        if (result == 0) result = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (result == 0) result = x.Line.CompareTo(y.Line);
        if (result == 0) result = string.CompareOrdinal(x.Fingerprint, y.Fingerprint);
        if (result == 0) result = string.CompareOrdinal(x.Message, y.Message);
        return result;
    };

    /// <summary>What a finding must share with the entry to match it.</summary>
    internal (string Path, string RuleId, string Fingerprint) Key => (Path, RuleId, Fingerprint);
}
