using System.Collections.Immutable;
using System.Globalization;

namespace ReplyLint.Analysis;

/// <summary>The options configured for the rules that apply to one file, such as RL4001's <c>max-words</c>.</summary>
public sealed class AnalyzerOptions
{
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> _byRule;

    /// <summary>Options with nothing configured.</summary>
    public static AnalyzerOptions Empty { get; } = new(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);

    /// <summary>Creates options from rule ID → option name → value text.</summary>
    public AnalyzerOptions(ImmutableDictionary<string, ImmutableDictionary<string, string>> byRule)
    {
        ArgumentNullException.ThrowIfNull(byRule);
        _byRule = byRule;
    }

    /// <summary>The raw text of an option, when configured.</summary>
    public bool TryGetValue(string ruleId, string option, out string value)
    {
        value = string.Empty;
        return _byRule.TryGetValue(ruleId, out var options) && options.TryGetValue(option, out value!);
    }

    /// <summary>A whole-number option, or <paramref name="defaultValue"/> when it is not configured.</summary>
    public int GetInt32(string ruleId, string option, int defaultValue) =>
        TryGetValue(ruleId, option, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : defaultValue;
}
