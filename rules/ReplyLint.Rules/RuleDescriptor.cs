namespace ReplyLint.Rules;

/// <summary>Makes the descriptor of a built-in rule, deriving what the ID already says: the category (its thousands
/// digit) and the help link (its docs page), so no rule can state either wrongly.</summary>
internal static class RuleDescriptor
{
    public static DiagnosticDescriptor Create(
        string id,
        string name,
        string title,
        string messageFormat,
        DiagnosticSeverity defaultSeverity,
        string description,
        bool isEnabledByDefault = true,
        ImmutableArray<OptionDescriptor> options = default) =>
        new(
            id,
            name,
            title,
            messageFormat,
            RuleCategories.ForId(id) ?? throw new ArgumentException($"'{id}' is not a built-in rule ID (RLnnnn with a known category digit).", nameof(id)),
            defaultSeverity,
            isEnabledByDefault,
            description,
            HelpLinks.ForRule(id))
        {
            Options = options.IsDefault ? [] : options,
        };
}
