using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Configuration;

/// <summary>A user's phrase pack: rules made of a header (ID, name, severity, message) and a phrase list in the
/// schema the built-in rules use, read by the same code, so a pattern is valid or wrong in the same way everywhere.</summary>
/// <remarks>
/// <code>
/// rules:
///   - id: ACME001
///     name: internal-jargon
///     category: Clarity            # Tone (default), Completeness, Hygiene or Clarity
///     severity: warning            # error, warning (default), suggestion, silent or none
///     message: "'{0}' is internal jargon"
///     phrases:
///       - match: "RMA"
///         suggest: "return authorization"
///       - match: "per our policy"
/// </code>
/// Each rule becomes one analyzer that registers its list with the engine, which compiles the lists of every
/// analyzer, built-in or not, into one matcher. Errors are <see cref="PhraseListException"/>s whose message starts with
/// <c>file(line,col)</c>; unknown keys are warnings, so a pack written for a later version still loads.
/// </remarks>
internal sealed class PhrasePack
{
    private const string RulesKey = "rules";
    private const string IdKey = "id";
    private const string NameKey = "name";
    private const string TitleKey = "title";
    private const string CategoryKey = "category";
    private const string SeverityKey = "severity";
    private const string MessageKey = "message";
    private const string DescriptionKey = "description";
    private const string PhrasesKey = "phrases";
    private const string RuleKeys = "'id', 'name', 'title', 'category', 'severity', 'message', 'description' or 'phrases'";

    /// <summary>The categories a pack rule may take; <see cref="RuleCategories.Tool"/> belongs to the tool.</summary>
    public static ImmutableArray<string> Categories { get; } =
        [RuleCategories.Tone, RuleCategories.Completeness, RuleCategories.Hygiene, RuleCategories.Clarity];

    private static readonly ImmutableArray<(string Word, DiagnosticSeverity Severity)> Severities =
    [
        ("error", DiagnosticSeverity.Error),
        ("warning", DiagnosticSeverity.Warning),
        ("suggestion", DiagnosticSeverity.Suggestion),
        ("silent", DiagnosticSeverity.Silent),
        ("none", DiagnosticSeverity.None),
    ];

    private PhrasePack(string path, ImmutableArray<PhrasePackRule> rules, ImmutableArray<string> warnings)
    {
        Path = path;
        Rules = rules;
        Warnings = warnings;
    }

    /// <summary>The pack's path as reported.</summary>
    public string Path { get; }

    /// <summary>The pack's rules, in file order.</summary>
    public ImmutableArray<PhrasePackRule> Rules { get; }

    /// <summary>One-line warnings (unknown keys, which were ignored), each starting with <c>file(line,col)</c>.</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>Reads the pack at <paramref name="fullPath"/> (UTF-8 or UTF-16 with a byte-order mark).</summary>
    /// <param name="fullPath">Where the file is.</param>
    /// <param name="displayPath">The path messages and origins quote, such as <c>style/acme.yaml</c>.</param>
    /// <exception cref="PhraseListException">The pack is not valid; the message is one line starting with <c>file(line,col)</c>.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static PhrasePack Load(string fullPath, string displayPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullPath);
        return Parse(File.ReadAllText(fullPath, Encoding.UTF8), displayPath);
    }

    /// <summary>Reads a pack from its YAML text.</summary>
    /// <exception cref="PhraseListException">The pack is not valid.</exception>
    public static PhrasePack Parse(string yaml, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayPath);
        var warnings = ImmutableArray.CreateBuilder<string>();
        var root = PhraseList.LoadRoot(yaml, displayPath, RulesKey);
        if (root is not YamlMappingNode mapping)
        {
            throw PhraseList.Error(displayPath, root, $"the root is {PhraseList.Describe(root)}", $"a mapping with a '{RulesKey}' key");
        }

        YamlNode? rulesNode = null;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: RulesKey })
            {
                rulesNode = value;
            }
            else
            {
                warnings.Add(PhraseList.Error(displayPath, key, $"unknown key {PhraseList.DescribeKey(key)} at the top level", $"only '{RulesKey}'").Message);
            }
        }

        if (rulesNode is null)
        {
            throw PhraseList.Error(displayPath, mapping, $"the root has no '{RulesKey}' key", $"a '{RulesKey}' key with a list of rules");
        }

        if (rulesNode is not YamlSequenceNode sequence)
        {
            throw PhraseList.Error(displayPath, rulesNode, $"'{RulesKey}' is {PhraseList.Describe(rulesNode)}", "a list of rules");
        }

        if (sequence.Children.Count == 0)
        {
            throw PhraseList.Error(displayPath, sequence, $"'{RulesKey}' has no rules", "at least one rule with 'id', 'name', 'message' and 'phrases'");
        }

        var rules = ImmutableArray.CreateBuilder<PhrasePackRule>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode ruleNode)
            {
                throw PhraseList.Error(displayPath, item, $"a rule is {PhraseList.Describe(item)}", "a mapping with 'id', 'name', 'message' and 'phrases'");
            }

            var rule = ReadRule(ruleNode, displayPath, warnings.Add);
            foreach (var earlier in rules)
            {
                if (earlier.Descriptor.Id == rule.Descriptor.Id)
                {
                    throw new PhraseListException(
                        DefinedTwice($"'{rule.Descriptor.Id}'", earlier.Origin, rule.Origin), displayPath, rule.Line, rule.Column);
                }

                if (earlier.Descriptor.Name == rule.Descriptor.Name)
                {
                    throw new PhraseListException(
                        DefinedTwice($"rule name '{rule.Descriptor.Name}'", earlier.NameOrigin, rule.NameOrigin), displayPath, rule.Line, rule.Column);
                }
            }

            rules.Add(rule);
        }

        return new PhrasePack(displayPath, rules.ToImmutable(), warnings.ToImmutable());
    }

    /// <summary>The message for an ID or name declared in two places, such as
    /// <c>'ACME001' is defined twice: style/a.yaml(3,9) and style/b.yaml(7,9).</c></summary>
    public static string DefinedTwice(string what, string first, string second) => $"{what} is defined twice: {first} and {second}.";

    private static PhrasePackRule ReadRule(YamlMappingNode node, string sourceName, Action<string> warn)
    {
        YamlScalarNode? id = null;
        YamlScalarNode? name = null;
        string? title = null;
        var category = RuleCategories.Tone;
        var severity = DiagnosticSeverity.Warning;
        string? message = null;
        var description = string.Empty;
        List<PhraseEntry>? phrases = null;
        YamlNode? phrasesNode = null;

        foreach (var (key, value) in node.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case IdKey:
                    id = RequireText(value, IdKey, sourceName, "a rule ID: " + RuleIdentity.IdShape);
                    if (!RuleIdentity.IsValidId(id.Value!))
                    {
                        throw PhraseList.Error(sourceName, id, $"'{OneLine(id.Value!)}' is not a valid rule ID", RuleIdentity.IdShape);
                    }

                    break;
                case NameKey:
                    name = RequireText(value, NameKey, sourceName, RuleIdentity.NameShape);
                    if (!RuleIdentity.IsValidName(name.Value!))
                    {
                        throw PhraseList.Error(sourceName, name, $"'{OneLine(name.Value!)}' is not a valid rule name", RuleIdentity.NameShape);
                    }

                    break;
                case TitleKey:
                    title = OneLine(RequireText(value, TitleKey, sourceName, "a short title such as 'Internal jargon'").Value!).Trim();
                    break;
                case CategoryKey:
                    category = ReadCategory(value, sourceName);
                    break;
                case SeverityKey:
                    severity = ReadSeverity(value, sourceName);
                    break;
                case MessageKey:
                    message = ReadMessage(value, sourceName);
                    break;
                case DescriptionKey:
                    description = OneLine(RequireText(value, DescriptionKey, sourceName, "a sentence or two on why the rule exists").Value!).Trim();
                    break;
                case PhrasesKey:
                    phrasesNode = value;
                    phrases = PhraseList.ReadEntries(value, sourceName, warn);
                    break;
                default:
                    warn(PhraseList.Error(sourceName, key, $"unknown key {PhraseList.DescribeKey(key)} in a rule", RuleKeys).Message);
                    break;
            }
        }

        if (id is null)
        {
            throw Missing(sourceName, node, IdKey, "an ID such as 'ACME001'");
        }

        if (name is null)
        {
            throw Missing(sourceName, node, NameKey, "a kebab-case name such as 'internal-jargon'");
        }

        if (message is null)
        {
            throw Missing(sourceName, node, MessageKey, "a message such as \"'{0}' is internal jargon\" ({0} is the text found)");
        }

        if (phrases is null)
        {
            throw Missing(sourceName, node, PhrasesKey, "a list of phrases");
        }

        if (phrases.Count == 0)
        {
            throw PhraseList.Error(sourceName, phrasesNode!, $"rule {id.Value} has no phrases", "at least one phrase");
        }

        var descriptor = new DiagnosticDescriptor(
            id.Value!,
            name.Value!,
            title ?? TitleFromName(name.Value!),
            message,
            category,
            severity == DiagnosticSeverity.None ? DiagnosticSeverity.Warning : severity,
            isEnabledByDefault: severity != DiagnosticSeverity.None,
            description.Length > 0 ? description : $"A phrase rule from the pack {sourceName}.",
            helpUri: null);
        var list = new PhraseList($"{sourceName} {descriptor.Id}", phrases);
        return new PhrasePackRule(descriptor, list, PhraseList.Origin(sourceName, id), PhraseList.Origin(sourceName, name), (int)id.Start.Line, (int)id.Start.Column);
    }

    private static YamlScalarNode RequireText(YamlNode value, string key, string sourceName, string expected)
    {
        if (value is not YamlScalarNode scalar || PhraseList.IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
        {
            throw PhraseList.Error(sourceName, value, $"'{key}' is {PhraseList.Describe(value)}", expected);
        }

        return scalar;
    }

    private static string ReadCategory(YamlNode value, string sourceName)
    {
        var expected = "one of " + string.Join(", ", Categories);
        var scalar = RequireText(value, CategoryKey, sourceName, expected);
        foreach (var category in Categories)
        {
            if (string.Equals(category, scalar.Value!.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        throw PhraseList.Error(sourceName, scalar, $"'{OneLine(scalar.Value!)}' is not a rule category", expected);
    }

    private static DiagnosticSeverity ReadSeverity(YamlNode value, string sourceName)
    {
        var expected = "one of " + string.Join(", ", Severities.Select(static s => s.Word));
        var scalar = RequireText(value, SeverityKey, sourceName, expected);
        foreach (var (word, severity) in Severities)
        {
            if (string.Equals(word, scalar.Value!.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return severity;
            }
        }

        throw PhraseList.Error(sourceName, scalar, $"'{OneLine(scalar.Value!)}' is not a severity", expected);
    }

    // The message is formatted with one argument, the text found; anything else would fail on the first match, so it
    // fails here. A final period is added when missing: every ReplyLint message ends with one (SARIF viewers expect it).
    private static string ReadMessage(YamlNode value, string sourceName)
    {
        const string Expected = "a message such as \"'{0}' is internal jargon\" ({0} is the text found)";
        var scalar = RequireText(value, MessageKey, sourceName, Expected);
        var message = OneLine(scalar.Value!).Trim();
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, message, "text");
        }
        catch (FormatException)
        {
            throw PhraseList.Error(
                sourceName,
                scalar,
                $"message \"{message}\" is not a valid message format",
                "'{0}' for the text found and no other '{n}', with '{{' and '}}' for literal braces");
        }

        return message[^1] is '.' or '!' or '?' ? message : message + ".";
    }

    private static PhraseListException Missing(string sourceName, YamlMappingNode rule, string key, string expected) =>
        PhraseList.Error(sourceName, rule, $"a rule has no '{key}' key", $"'{key}' with {expected}");

    // internal-jargon → "Internal jargon".
    private static string TitleFromName(string name)
    {
        var words = name.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
