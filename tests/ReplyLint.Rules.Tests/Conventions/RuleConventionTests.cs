using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Parsing;

namespace ReplyLint.Rules.Tests.Conventions;

/// <summary>The conventions every rule follows, checked over every rule class found by reflection in the rules
/// assembly, and for the docs over the tool's own rules too: a rule that skips a step of rules/README.md fails here.</summary>
public sealed partial class RuleConventionTests
{
    private static readonly string[] DocHeadings = ["What it flags", "Why", "Examples", "Options", "Suppress"];

    private static readonly Dictionary<string, string> EdgeTemplates = new(StringComparer.Ordinal)
    {
        ["empty.md"] = "",
        ["empty.txt"] = "",
        ["whitespace.md"] = " \n\t\n   \r\n\n",
        ["whitespace.txt"] = " \n\t\n   \r\n\n",
        ["front-matter-only.md"] = "---\nid: edge\ntitle: Edge case\nintent: complaint\ntags: [billing]\n---\n",
        ["front-matter-only.txt"] = "---\nid: edge\ntitle: Edge case\nintent: complaint\ntags: [billing]\n---\n",
        ["empty.html"] = "",
        ["whitespace.html"] = " \n\t\n   \r\n\n",
        ["front-matter-only.html"] = "---\nid: edge\ntitle: Edge case\nintent: complaint\ntags: [billing]\n---\n",
        ["tags-only.html"] = "<html><head><style>p { margin: 0 }</style></head><body><p><br></p><div>&nbsp;&zwj;</div><!-- x --></body></html>\n",
    };

    private static readonly Lazy<string> GeneratedTemplate = new(GenerateTemplate);

    private static readonly Lazy<string> GeneratedHtmlTemplate = new(GenerateHtmlTemplate);

    /// <summary>Every shipped rule ID: the tool's and the rule classes'.</summary>
    public static TheoryData<string> RuleIds => [.. Shipped.Descriptors.Select(static d => d.Id)];

    /// <summary>The rule IDs of the rule classes (the tool's own rules are raised by the engine, not by a class).</summary>
    public static TheoryData<string> AnalyzerRuleIds => [.. Shipped.Descriptors.Where(static d => d.Category != RuleCategories.Tool).Select(static d => d.Id)];

    /// <summary>Every rule class, by name.</summary>
    public static TheoryData<string> AnalyzerClasses => [.. Shipped.AnalyzerTypes.Select(static t => t.Name)];

    /// <summary>Every rule class against every edge-case template.</summary>
    public static TheoryData<string, string> AnalyzerClassesAndEdgeTemplates
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var type in Shipped.AnalyzerTypes)
            {
                foreach (var name in EdgeTemplates.Keys.Append("generated-1mb.md").Append("generated-1mb.html"))
                {
                    data.Add(type.Name, name);
                }
            }

            return data;
        }
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Id_is_RLnnnn_and_its_thousands_digit_is_its_category(string id)
    {
        var descriptor = Shipped.Descriptor(id);

        id.ShouldMatch(@"^RL\d{4}$");
        RuleCategories.ForId(id).ShouldBe(descriptor.Category, $"{id}'s thousands digit names another category than its descriptor's");
    }

    [Fact]
    public void Ids_and_names_are_unique()
    {
        Shipped.Descriptors.GroupBy(static d => d.Id).Where(static g => g.Count() > 1).Select(static g => g.Key).ShouldBeEmpty("IDs used twice");
        Shipped.Descriptors.GroupBy(static d => d.Name).Where(static g => g.Count() > 1).Select(static g => g.Key).ShouldBeEmpty("names used twice");
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Name_is_kebab_case_and_the_catalog_s(string id)
    {
        var descriptor = Shipped.Descriptor(id);

        descriptor.Name.ShouldMatch("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
        DesignCatalog.Names.ContainsKey(id).ShouldBeTrue($"{id} is not in the design's catalog; new rules take the next free ID in their range and a catalog line");
        descriptor.Name.ShouldBe(DesignCatalog.Names[id], $"the catalog names {id} '{DesignCatalog.Names[id]}'; names are a public contract");
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Help_link_is_the_docs_page(string id) =>
        Shipped.Descriptor(id).HelpUri.ShouldBe(HelpLinks.ForRule(id));

    [Theory, MemberData(nameof(RuleIds))]
    public void Docs_page_follows_the_skeleton(string id)
    {
        var descriptor = Shipped.Descriptor(id);
        var path = Path.Combine(Shipped.RepositoryRoot, "rules", "docs", id + ".md");
        File.Exists(path).ShouldBeTrue($"rules/docs/{id}.md is missing");
        var lines = File.ReadAllLines(path);

        lines[0].ShouldBe($"# {id}: {descriptor.Name}");
        Headings(lines).ShouldBe(DocHeadings, Case.Sensitive, $"rules/docs/{id}.md must have exactly these '##' headings, in this order");
        var metadata = MetadataTable(lines);
        metadata.ShouldSatisfyAllConditions(
            () => metadata.GetValueOrDefault("Category").ShouldBe(descriptor.Category),
            () => metadata.GetValueOrDefault("Default severity").ShouldBe(descriptor.DefaultSeverity.ToConfigName()),
            () => metadata.GetValueOrDefault("Enabled").ShouldBe(descriptor.IsEnabledByDefault ? "yes" : "no"));
    }

    [Fact]
    public void Docs_catalog_lists_exactly_the_shipped_rules_in_ID_order()
    {
        var rows = File.ReadAllLines(Path.Combine(Shipped.RepositoryRoot, "rules", "docs", "README.md"))
            .Select(static line => CatalogRow().Match(line))
            .Where(static match => match.Success)
            .Select(static match => string.Join(" | ", match.Groups.Values.Skip(1).Select(static g => g.Value.Trim())))
            .ToList();

        var expected = Shipped.Descriptors.Select(static d => $"{d.Id} | {d.Id} | {d.Name} | {d.Category} | {d.DefaultSeverity.ToConfigName()}");
        rows.ShouldBe(expected, Case.Sensitive, "rules/docs/README.md: one row per shipped rule, in ID order, '| [ID](ID.md) | name | category | severity | ... |'");
    }

    [Theory, MemberData(nameof(AnalyzerClasses))]
    public void Class_is_public_sealed_with_a_parameterless_constructor(string className)
    {
        var type = Shipped.AnalyzerType(className);

        type.ShouldSatisfyAllConditions(
            () => type.IsPublic.ShouldBeTrue($"{className} must be public"),
            () => type.IsSealed.ShouldBeTrue($"{className} must be sealed"),
            () => type.GetConstructor(Type.EmptyTypes).ShouldNotBeNull($"{className} needs a public parameterless constructor"));
    }

    [Theory, MemberData(nameof(AnalyzerClasses))]
    public void Class_is_named_after_its_rule_and_sits_in_its_category(string className)
    {
        var type = Shipped.AnalyzerType(className);
        var descriptor = Shipped.Create(type).SupportedDiagnostics.ShouldHaveSingleItem($"{className}: one class, one rule");
        var expectedName = descriptor.Id + Shipped.PascalCase(descriptor.Name);

        className.ShouldBe(expectedName);
        type.Namespace.ShouldBe($"ReplyLint.Rules.{descriptor.Category}");
        var file = Path.Combine(Shipped.RepositoryRoot, "rules", "ReplyLint.Rules", descriptor.Category, className + ".cs");
        File.Exists(file).ShouldBeTrue($"rules/ReplyLint.Rules/{descriptor.Category}/{className}.cs is missing");
    }

    [Theory, MemberData(nameof(AnalyzerClasses))]
    public void Class_has_a_test_class_with_flagging_and_non_flagging_cases(string className)
    {
        var descriptor = Shipped.Create(Shipped.AnalyzerType(className)).SupportedDiagnostics[0];
        var testClass = typeof(RuleConventionTests).Assembly.GetTypes().SingleOrDefault(t => t.Name == className + "Tests");

        testClass.ShouldNotBeNull($"no test class {className}Tests");
        testClass.Namespace.ShouldBe($"ReplyLint.Rules.Tests.{descriptor.Category}");
        var tests = testClass.GetMethods().Where(static m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()).ToList();
        tests.ShouldContain(static m => m.Name.StartsWith("Flags_", StringComparison.Ordinal), $"{className}Tests has no Flags_* test");
        tests.ShouldContain(static m => m.Name.StartsWith("Does_not_flag_", StringComparison.Ordinal), $"{className}Tests has no Does_not_flag_* test");

        // Six cases each way at the least: a fact is one case, a theory one per InlineData row.
        static int Cases(IEnumerable<MethodInfo> methods) =>
            methods.Sum(static m => Math.Max(1, m.GetCustomAttributes<InlineDataAttribute>().Count()));
        Cases(tests.Where(static m => m.Name.StartsWith("Flags_", StringComparison.Ordinal))).ShouldBeGreaterThanOrEqualTo(6, $"{className}Tests flags fewer than 6 cases");
        Cases(tests.Where(static m => m.Name.StartsWith("Does_not_flag_", StringComparison.Ordinal))).ShouldBeGreaterThanOrEqualTo(6, $"{className}Tests has fewer than 6 does-not-flag cases");
        testClass.GetCustomAttributesData()
            .Where(static a => a.AttributeType == typeof(TraitAttribute))
            .Select(static a => $"{a.ConstructorArguments[0].Value}={a.ConstructorArguments[1].Value}")
            .ShouldContain($"Rule={descriptor.Id}", $"{className}Tests needs [Trait(\"Rule\", \"{descriptor.Id}\")]");
    }

    [Fact]
    public void Built_in_rules_hold_one_instance_of_every_rule_class()
    {
        var listed = BuiltInRules.All.Select(static a => a.GetType().Name).Order(StringComparer.Ordinal);

        listed.ShouldBe(Shipped.AnalyzerTypes.Select(static t => t.Name), Case.Sensitive, "BuiltInRules.All must list every rule class exactly once");
    }

    [Theory, MemberData(nameof(AnalyzerClassesAndEdgeTemplates))]
    public void Rule_reports_nothing_on_an_edge_case_template(string className, string template)
    {
        var isGenerated = template.StartsWith("generated-", StringComparison.Ordinal);
        var text = template switch
        {
            "generated-1mb.md" => GeneratedTemplate.Value,
            "generated-1mb.html" => GeneratedHtmlTemplate.Value,
            _ => EdgeTemplates[template],
        };
        var engine = new LintEngine([Shipped.Create(Shipped.AnalyzerType(className))]);

        var diagnostics = engine.Analyze(TemplateParser.Parse(text, template));

        // A template with no prose is RL3005's (empty-template) business and nobody else's; an exception shows as RL0001.
        diagnostics.Where(d => d.Id != "RL3005" || isGenerated).ShouldBeEmpty();
    }

    // Realistic, clean and varied: every construct the parser knows, with a next step and no stock line, repeated to 1 MB.
    private static string GenerateTemplate()
    {
        var builder = new StringBuilder("---\nid: generated\ntitle: \"Generated: one megabyte\"\nchannel: email\nintent: complaint\ntags: [shipping, refund]\n---\n");
        for (var i = 1; builder.Length < 1024 * 1024; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $$$"""
                ## Order {{{i}}}

                Hi {{ customer.first_name | default: "there" }}, I'm sorry order #{{{i}}} arrived *late*; I know you were counting on it. I've refunded
                the shipping fee today, and you'll see it on your card within {{{i % 9 + 1}}} business days.

                1. Open the app and tap **Orders**.
                2. Choose order {{{i}}}, then [Refunds](https://example.com/orders/{{{i}}}/refunds).

                > Where is my parcel? It's been {{{i}}} days!

                Track it at {{ order.tracking_url }} or write to help@example.com. Could you confirm the address?
                Use `REFUND-{{{i}}}` as the reference.


                """);

            // A comment in every section: comment-heavy templates once made the parser quadratic.
            builder.Append(CultureInfo.InvariantCulture, $"<!-- reviewed {i} --> {{{{!-- internal note --}}}}\n\n");
        }

        return builder.ToString();
    }

    // The same reply as an HTML macro from a rich-text editor: editor spans, entities, inline and block tags, a quote,
    // code, a style sheet and comments, repeated to 1 MB.
    private static string GenerateHtmlTemplate()
    {
        var builder = new StringBuilder("---\nid: generated-html\ntitle: \"Generated: one megabyte of HTML\"\nchannel: email\nintent: complaint\ntags: [shipping, refund]\n---\n<style>p { margin: 0 }</style>\n");
        for (var i = 1; builder.Length < 1024 * 1024; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $$$"""
                <h2>Order {{{i}}}</h2>
                <p>Hi <span class="atwho-inserted" data-atwho-at-query="{{">{{ customer.first_name | default: "there" }}</span>&zwj;, I&rsquo;m sorry order #{{{i}}} arrived <em>late</em>; I know you were counting on it. I&#39;ve refunded<br>
                the shipping fee today, and you&rsquo;ll see it on your card within {{{i % 9 + 1}}} business&nbsp;days.</p>
                <ol><li>Open the app and tap <b>Orders</b>.</li><li>Choose order {{{i}}}, then <a href="https://example.com/orders/{{{i}}}/refunds">Refunds</a>.</li></ol>
                <blockquote><p>Where is my parcel? It&#x27;s been {{{i}}} days!</p></blockquote>
                <p>Track it at {{ order.tracking_url }} or write to help@example.com. Could you confirm the address?
                Use <code>REFUND-{{{i}}}</code> as the reference.</p>
                <!-- reviewed {{{i}}} --> {{!-- internal note --}}


                """);
        }

        return builder.ToString();
    }

    private static List<string> Headings(string[] lines)
    {
        var headings = new List<string>();
        var inFence = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                headings.Add(line[3..].Trim());
            }
        }

        return headings;
    }

    // The first table of the page: | Category | Default severity | Enabled | Fix | Needs complaint context |
    private static Dictionary<string, string> MetadataTable(string[] lines)
    {
        var header = Array.FindIndex(lines, static l => l.StartsWith('|'));
        header.ShouldBeGreaterThan(0, "the metadata table is missing");
        (header + 2).ShouldBeLessThan(lines.Length, "the metadata table has no row");
        var names = Cells(lines[header]);
        var values = Cells(lines[header + 2]);
        return names.Zip(values).ToDictionary(static p => p.First, static p => p.Second, StringComparer.Ordinal);
    }

    private static string[] Cells(string row) =>
        [.. row.Trim().Trim('|').Split('|').Select(static cell => cell.Trim())];

    [GeneratedRegex(@"^\|\s*\[(RL\d{4})\]\(([^)]*)\.md\)\s*\|([^|]*)\|([^|]*)\|([^|]*)\|")]
    private static partial Regex CatalogRow();
}
