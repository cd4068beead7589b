using System.Globalization;
using System.Text;
using ReplyLint.Engine;
using ReplyLint.Parsing;
using ReplyLint.Syntax;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Rules.Tests.Corpus;

/// <summary>Measures every built-in rule against the labelled dev corpus (Corpus/templates, Corpus/labels.yaml): per
/// rule, precision and recall at file level, printed as a table. A rule below the bars fails the test.</summary>
/// <remarks>The labels come from the rule definitions and the guidance, written without running the linter, so the
/// numbers say how the rules do on replies nobody tuned them to.</remarks>
public sealed class CorpusEvaluationTests(ITestOutputHelper output)
{
    public const double MinimumPrecision = 0.90;
    public const double MinimumRecall = 0.80;

    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    [Fact]
    public void Every_rule_meets_the_precision_and_recall_bars()
    {
        var labels = ReadLabels();
        var evaluated = LabelledRules(labels);
        var documents = labels.Keys.Order(StringComparer.Ordinal).Select(Parse).ToList();
        var found = new LintEngine(BuiltInRules.All).Analyze(documents)
            .GroupBy(static d => d.Location.Path, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.Select(static d => d.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var shipped = BuiltInRules.All.SelectMany(static a => a.SupportedDiagnostics).Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);
        var table = new StringBuilder("| Rule | Labelled | Found | TP | FP | FN | Precision | Recall |\n|---|---|---|---|---|---|---|---|\n");
        var failures = new List<string>();
        foreach (var rule in evaluated)
        {
            if (!shipped.Contains(rule))
            {
                table.Append(CultureInfo.InvariantCulture, $"| {rule} | {labels.Count(l => l.Value.Contains(rule))} | not built | | | | | |\n");
                continue;
            }

            int truePositives = 0, falsePositives = 0, falseNegatives = 0;
            var misses = new List<string>();
            foreach (var (file, expected) in labels)
            {
                var actual = found.TryGetValue(file, out var ids) && ids.Contains(rule);
                var wanted = expected.Contains(rule);
                if (actual && wanted) truePositives++;
                else if (actual) { falsePositives++; misses.Add($"FP {file}"); }
                else if (wanted) { falseNegatives++; misses.Add($"FN {file}"); }
            }

            var precision = truePositives + falsePositives == 0 ? 1.0 : (double)truePositives / (truePositives + falsePositives);
            var recall = truePositives + falseNegatives == 0 ? 1.0 : (double)truePositives / (truePositives + falseNegatives);
            table.Append(CultureInfo.InvariantCulture, $"| {rule} | {truePositives + falseNegatives} | {truePositives + falsePositives} | {truePositives} | {falsePositives} | {falseNegatives} | {precision:0.00} | {recall:0.00} |\n");
            if (precision < MinimumPrecision || recall < MinimumRecall)
            {
                failures.Add($"{rule}: precision {precision:0.00}, recall {recall:0.00} ({string.Join(", ", misses)})");
            }
        }

        output.WriteLine(table.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "corpus-metrics.md"), table.ToString());
        failures.ShouldBeEmpty($"rules below precision {MinimumPrecision:0.00} or recall {MinimumRecall:0.00}:\n{table}");
    }

    [Fact]
    public void The_corpus_is_big_enough_and_every_template_is_labelled()
    {
        var labels = ReadLabels();
        var files = Directory.EnumerateFiles(Path.Combine(CorpusFolder, "templates")).Select(static f => "templates/" + Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);
        labels.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(files).ShouldBeTrue("labels.yaml must name every template in Corpus/templates, and only those");
        labels.Count.ShouldBeGreaterThanOrEqualTo(100);
        labels.Count(static l => l.Value.Count == 0).ShouldBeGreaterThanOrEqualTo(labels.Count / 3, "at least a third of the corpus is clean");

        // A rule with no labelled file would pass the bars without being measured at all.
        foreach (var rule in BuiltInRules.All.SelectMany(static a => a.SupportedDiagnostics).Select(static d => d.Id))
        {
            labels.Count(l => l.Value.Contains(rule)).ShouldBeGreaterThanOrEqualTo(MinimumLabelledFiles(rule), $"{rule} needs labelled files in the corpus");
        }
    }

    // Empty templates are rare by nature: two are enough to show RL3005 fires; every other rule needs six.
    private static int MinimumLabelledFiles(string rule) => rule == "RL3005" ? 2 : 6;

    private static TemplateDocument Parse(string file) =>
        TemplateParser.Parse(new ReplyLint.Text.SourceText(File.ReadAllText(Path.Combine(CorpusFolder, file))), file, TemplateParser.FormatOf(file));

    private static List<string> LabelledRules(Dictionary<string, HashSet<string>> labels) =>
        [.. labels.Values.SelectMany(static l => l).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // labels.yaml: templates: { "001-name.md": [RL1004, RL2001], ... }; keys are file names in Corpus/templates.
    private static Dictionary<string, HashSet<string>> ReadLabels()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(CorpusFolder, "labels.yaml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var templates = (YamlMappingNode)root.Children[new YamlScalarNode("templates")];
        var labels = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in templates.Children)
        {
            var ids = value is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlScalarNode>().Select(static s => s.Value!).ToHashSet(StringComparer.Ordinal)
                : [];
            labels.Add("templates/" + ((YamlScalarNode)key).Value, ids);
        }

        return labels;
    }
}
