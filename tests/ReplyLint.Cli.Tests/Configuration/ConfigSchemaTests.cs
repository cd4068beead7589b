using System.Text.Json;
using NJsonSchema;
using ReplyLint.Analysis;
using ReplyLint.Cli.Commands;
using ReplyLint.Configuration;

namespace ReplyLint.Cli.Tests.Configuration;

/// <summary>docs/replylint.schema.json: what editors check a <c>.replylint.yaml</c> against.</summary>
public sealed class ConfigSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(ConfigSamples.Root, "docs", "replylint.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath)).GetAwaiter().GetResult());

    public static TheoryData<string> SampleNames() => [.. ConfigSamples.All().Select(static s => s.Name)];

    private static string[] Validate(string yaml) =>
        [.. Schema.Value.Validate(YamlToJson.Convert(yaml)).Select(static e => $"{e.Path}: {e.Kind}")];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_sample_configuration_validates(string name)
    {
        var yaml = ConfigSamples.All().Single(s => s.Name == name).Yaml;

        Validate(yaml).ShouldBeEmpty(name);
    }

    [Theory]
    [InlineData("root: yes\n", "#/root: BooleanExpected")]
    [InlineData("rulez: {}\n", "#/rulez: NoAdditionalPropertiesAllowed")]
    [InlineData("rules:\n  RL1004: fatal\n", "#/rules.RL1004: NotAnyOf")]
    [InlineData("rules:\n  RL4001: { max-words: thirty }\n", "#/rules.RL4001: NotAnyOf")]
    [InlineData("rules:\n  long-sentence: { max-word: 3 }\n", "#/rules.long-sentence: NotAnyOf")]
    [InlineData("overrides:\n  - rules: { RL1004: none }\n", "#/overrides: NoTypeValidates")]
    [InlineData("include: \"**/*.md\"\n", "#/include: NoTypeValidates")]
    [InlineData("formats:\n  - files: [a.json]\n", "#/formats: NoTypeValidates")]
    [InlineData("formats:\n  - files: [a.json]\n    preset: hubspot\n", "#/formats: NoTypeValidates")]
    [InlineData("formats:\n  - files: [a.json]\n    body: x\n    items: data[*]\n", "#/formats: NoTypeValidates")]
    [InlineData("formats:\n  - files: [a.json]\n    body: x\n    colour: blue\n", "#/formats: NoTypeValidates")]
    public void A_mistake_fails_the_schema(string yaml, string expected) =>
        Validate(yaml).ShouldContain(expected);

    [Fact]
    public void Rules_from_packs_and_plugins_are_accepted_with_any_options()
    {
        Validate("rules:\n  ACME001: error\n  internal-jargon: { severity: warning, words: [RMA, SKU] }\n  RL9001: { anything: 1 }\n").ShouldBeEmpty();
    }

    [Fact]
    public void The_schema_lists_the_loader_s_keys_and_every_rule_with_exactly_its_options()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var root = schema.RootElement;
        root.GetProperty("$schema").GetString().ShouldBe("http://json-schema.org/draft-07/schema#");
        root.GetProperty("$id").GetString().ShouldBe(InitCommand.SchemaUrl);
        root.GetProperty("properties").EnumerateObject().Select(static p => p.Name).ShouldBe(ConfigLoader.TopLevelKeys);

        var definitions = root.GetProperty("definitions");
        var ruleKeys = definitions.GetProperty("rules").GetProperty("properties");
        definitions.GetProperty("severity").GetProperty("enum").EnumerateArray().Select(static e => e.GetString())
            .ShouldBe(["error", "warning", "suggestion", "silent", "none"]);

        foreach (var rule in RuleCatalog.Descriptors)
        {
            ruleKeys.GetProperty(rule.Id).GetProperty("$ref").GetString().ShouldBe($"#/definitions/{rule.Id}");
            ruleKeys.GetProperty(rule.Name).GetProperty("$ref").GetString().ShouldBe($"#/definitions/{rule.Id}");
            var mapping = definitions.GetProperty(rule.Id).GetProperty("anyOf")[1];
            mapping.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
            var properties = mapping.GetProperty("properties");
            properties.EnumerateObject().Select(static p => p.Name).ShouldBe(["severity", .. rule.Options.Select(static o => o.Name)], rule.Id);
            foreach (var option in rule.Options)
            {
                Shape(properties.GetProperty(option.Name)).ShouldBe(Expected(option), $"{rule.Id} {option.Name}");
            }
        }
    }

    private static string Shape(JsonElement option) =>
        option.TryGetProperty("anyOf", out var anyOf)
            ? string.Join(" or ", anyOf.EnumerateArray().Select(static a => a.GetProperty("type").GetString()))
            : option.GetProperty("type").GetString() + (option.TryGetProperty("minimum", out var minimum) ? $" >= {minimum.GetInt32()}" : "");

    private static string Expected(OptionDescriptor option) => option.Type switch
    {
        OptionType.WholeNumber => $"integer >= {option.Minimum}",
        OptionType.Fraction => "number or string",
        OptionType.NameList => "string or array",
        _ => "string",
    };
}
