using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ReplyLint.Analysis;

namespace ReplyLint.Diagnostics;

/// <summary>Describes one rule: its ID, names, message and defaults. One instance per rule, shared by all its findings.</summary>
public sealed class DiagnosticDescriptor
{
    private readonly CompositeFormat _messageFormat;

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The rule ID, such as <c>RL1003</c> (or a pack's own, such as <c>ACME001</c>).</param>
    /// <param name="name">The kebab-case name, such as <c>blaming-wording</c>.</param>
    /// <param name="title">A short title, without a final period.</param>
    /// <param name="messageFormat">The message; <c>{0}</c> is the text found. It ends with a period.</param>
    /// <param name="category">The category (see <see cref="RuleCategories"/>).</param>
    /// <param name="defaultSeverity">The severity when configuration says nothing.</param>
    /// <param name="isEnabledByDefault">Whether the rule runs when configuration says nothing.</param>
    /// <param name="description">A longer description: why the rule exists.</param>
    /// <param name="helpUri">The rule's docs page.</param>
    public DiagnosticDescriptor(
        string id,
        string name,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        bool isEnabledByDefault,
        string description,
        Uri? helpUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        Id = id;
        Name = name;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description ?? string.Empty;
        HelpUri = helpUri;
        _messageFormat = CompositeFormat.Parse(messageFormat);
    }

    /// <summary>The rule ID.</summary>
    public string Id { get; }

    /// <summary>The kebab-case name.</summary>
    public string Name { get; }

    /// <summary>The short title.</summary>
    public string Title { get; }

    /// <summary>The message format; <c>{0}</c> is the text found.</summary>
    public string MessageFormat { get; }

    /// <summary>The category.</summary>
    public string Category { get; }

    /// <summary>The severity when configuration says nothing.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Whether the rule runs when configuration says nothing.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>Why the rule exists.</summary>
    public string Description { get; }

    /// <summary>The rule's docs page.</summary>
    public Uri? HelpUri { get; }

    /// <summary>The options the rule reads (keyed by its ID in <see cref="AnalyzerOptions"/>); empty when it takes none.
    /// Configuration warns about any other key under the rule and rejects a value of the wrong type.</summary>
    public ImmutableArray<OptionDescriptor> Options { get; init; } = [];

    /// <summary>Formats the message with its arguments.</summary>
    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, _messageFormat, arguments);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name}";
}
