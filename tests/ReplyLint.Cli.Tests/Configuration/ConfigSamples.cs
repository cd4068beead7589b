using System.Text.RegularExpressions;
using ReplyLint.Cli.Commands;
using ReplyLint.Cli.Tests.EndToEnd;
using ReplyLint.Configuration;

namespace ReplyLint.Cli.Tests.Configuration;

/// <summary>Every configuration the project shows people: the sample library's, what <c>replylint init</c> writes,
/// the test fixtures, and each example in the docs.</summary>
internal static partial class ConfigSamples
{
    public static string Root => CliRunner.RepositoryRoot;

    public static IEnumerable<(string Name, string Yaml)> All()
    {
        yield return ("templates-sample/.replylint.yaml", Read("templates-sample/.replylint.yaml"));
        yield return ("replylint init", InitCommand.Template());
        foreach (var fixture in Directory.GetFiles(Path.Combine(Root, "tests", "ReplyLint.Cli.Tests", "Configuration", "Fixtures"), "*.yaml").Order(StringComparer.Ordinal))
        {
            yield return ("fixture " + Path.GetFileName(fixture), File.ReadAllText(fixture));
        }

        foreach (var example in DocsExamples())
        {
            yield return example;
        }
    }

    /// <summary>The <c>```yaml</c> blocks of docs/configuration.md and of each rule page's Options, and the inline
    /// <c>`rules: ...`</c> spans of the rule pages.</summary>
    public static IEnumerable<(string Name, string Yaml)> DocsExamples()
    {
        var pages = new[] { Path.Combine(Root, "docs", "configuration.md"), Path.Combine(Root, "docs", "exports.md") }
            .Concat(Directory.GetFiles(Path.Combine(Root, "rules", "docs"), "RL*.md").Order(StringComparer.Ordinal));
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page).ReplaceLineEndings("\n");
            var name = Path.GetRelativePath(Root, page).Replace('\\', '/');
            var index = 0;

            // A rule page's other YAML blocks are front matter; its configuration examples are under Options.
            var blocks = page.EndsWith("configuration.md", StringComparison.Ordinal) || page.EndsWith("exports.md", StringComparison.Ordinal) ? text : OptionsSection(text);
            foreach (Match block in YamlBlock().Matches(blocks))
            {
                // exports.md shows template bundles too; its configuration examples are those that set formats or rules.
                var yaml = block.Groups["yaml"].Value;
                if (page.EndsWith("exports.md", StringComparison.Ordinal) && !(yaml.StartsWith("formats:", StringComparison.Ordinal) || yaml.StartsWith("rules:", StringComparison.Ordinal)))
                {
                    continue;
                }

                yield return ($"{name} block {++index}", yaml);
            }

            foreach (Match span in InlineRules().Matches(text))
            {
                yield return ($"{name} `{span.Groups["yaml"].Value}`", span.Groups["yaml"].Value);
            }
        }
    }

    /// <summary>Loads <paramref name="yaml"/> as a configuration file and binds it to the shipped rules, as a run
    /// would; returns the warnings (a <see cref="ConfigException"/> propagates).</summary>
    public static IReadOnlyList<string> LoadAndBind(string yaml)
    {
        using var folder = new TempFolder();
        folder.Write(ConfigResolver.FileName, yaml);
        var resolver = ConfigResolver.FromFile(ConfigResolver.FileName, folder.Path);
        var binding = resolver.Bind(RuleCatalog.Descriptors);
        binding.SettingsFor(Path.Combine(folder.Path, "chat", "a.md"));
        return [.. binding.Warnings.Select(static w => w.ToString())];
    }

    /// <summary>The text of a rule page's <c>## Options</c> section, heading excluded.</summary>
    public static string OptionsSection(string page)
    {
        var start = page.IndexOf("\n## Options\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        start += "\n## Options\n".Length;
        var end = page.IndexOf("\n## ", start, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    private static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    [GeneratedRegex(@"^```yaml\n(?<yaml>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"`(?<yaml>rules: \{[^`]*\})`")]
    private static partial Regex InlineRules();
}
