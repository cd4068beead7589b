using ReplyLint.Analysis;
using ReplyLint.Configuration;
using ReplyLint.Core.Tests.Engine;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;

namespace ReplyLint.Core.Tests.Configuration;

public sealed class ConfigResolverTests : IDisposable
{
    private static readonly DiagnosticDescriptor Phrase = Rule("TST1001", "test-phrase", DiagnosticSeverity.Warning);

    private static readonly DiagnosticDescriptor Length = Rule(
        "TST4001",
        "test-length",
        DiagnosticSeverity.Suggestion,
        options:
        [
            OptionDescriptor.WholeNumber("max-words", "The most words."),
            OptionDescriptor.WholeNumber("slack", "Words allowed over.", minimum: 0),
            OptionDescriptor.Fraction("min-similarity", "The least similarity."),
            OptionDescriptor.Text("greeting", "A greeting."),
        ]);

    private static readonly DiagnosticDescriptor Placeholders = Rule(
        "RL3002", "unknown-placeholder", DiagnosticSeverity.Warning, options: [OptionDescriptor.NameList("known", "The known names.")]);

    private static readonly DiagnosticDescriptor OffByDefault = Rule("TST1008", "test-off", DiagnosticSeverity.Warning, enabled: false);

    private static readonly DiagnosticDescriptor[] Descriptors = [Phrase, Length, Placeholders, OffByDefault];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static DiagnosticDescriptor Rule(string id, string name, DiagnosticSeverity severity, bool enabled = true, OptionDescriptor[]? options = null) =>
        new(id, name, "A test rule", "'{0}' is a test finding.", "Test", severity, enabled, "For tests.", null) { Options = [.. options ?? []] };

    private ConfigBinding Bind(ConfigResolver? resolver = null) => (resolver ?? ConfigResolver.Discover(_folder.Root)).Bind(Descriptors);

    private FileSettings SettingsOf(string relativePath, ConfigBinding? binding = null) =>
        (binding ?? Bind()).SettingsFor(_folder.PathOf(relativePath));

    private static string? Option(FileSettings settings, string rule, string option) =>
        settings.AnalyzerOptions.TryGetValue(rule, option, out var value) ? value : null;

    private string BindError(string yaml)
    {
        _folder.Write(".replylint.yaml", "root: true\n" + yaml);
        return Should.Throw<ConfigException>(() => SettingsOf("a.md")).Message;
    }

    // ---- discovery and precedence ----

    [Fact]
    public void Without_a_configuration_every_rule_keeps_its_default()
    {
        _folder.Write("a/b.md", "x");
        var settings = SettingsOf("a/b.md");

        settings.SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Warning);
        settings.SeverityOf(OffByDefault).ShouldBe(DiagnosticSeverity.None);
        Option(settings, "TST4001", "max-words").ShouldBeNull();
    }

    [Fact]
    public void The_nearest_file_wins_and_the_chain_is_merged_key_by_key()
    {
        _folder.Write(".replylint.yaml", "root: true\nrules:\n  TST4001: { severity: warning, max-words: 30 }\n  TST1001: error\n");
        _folder.Write("chat/.replylint.yaml", "rules:\n  test-length: { max-words: 10 }\n");

        var nested = SettingsOf("chat/deep/down/a.md");
        nested.SeverityOf(Length).ShouldBe(DiagnosticSeverity.Warning); // from the outer file
        Option(nested, "TST4001", "max-words").ShouldBe("10");            // from the nearer file
        nested.SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Error);

        var outer = SettingsOf("email/a.md");
        Option(outer, "TST4001", "max-words").ShouldBe("30");
    }

    [Fact]
    public void Root_true_stops_the_search_upward()
    {
        _folder.Write(".replylint.yaml", "rules:\n  TST1001: error\n  TST4001: error\n");
        _folder.Write("team/.replylint.yaml", "root: true\nrules:\n  TST4001: none\n");
        _folder.Write("other/.replylint.yaml", "rules:\n  TST4001: none\n");

        var underRoot = SettingsOf("team/a.md");
        underRoot.SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Warning); // the outer file is not read
        underRoot.SeverityOf(Length).ShouldBe(DiagnosticSeverity.None);

        var notRoot = SettingsOf("other/a.md");
        notRoot.SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Error); // the outer file is read
        notRoot.SeverityOf(Length).ShouldBe(DiagnosticSeverity.None);
    }

    [Fact]
    public void Overrides_apply_in_order_and_win_over_the_top_level_rules()
    {
        _folder.Write(".replylint.yaml", """
            root: true
            rules:
              TST4001: { severity: warning, max-words: 30 }
            overrides:
              - files: ["chat/**"]
                rules: { TST4001: { max-words: 80 } }
              - files: ["chat/urgent/**", "**/*.txt"]
                rules: { TST4001: { severity: error, max-words: 20 } }
              - files: ["chat/**/vip-*"]
                rules: { TST4001: none }
            """);

        Option(SettingsOf("email/a.md"), "TST4001", "max-words").ShouldBe("30");
        Option(SettingsOf("chat/a.md"), "TST4001", "max-words").ShouldBe("80");
        SettingsOf("chat/a.md").SeverityOf(Length).ShouldBe(DiagnosticSeverity.Warning);
        var urgent = SettingsOf("chat/urgent/a.md");
        Option(urgent, "TST4001", "max-words").ShouldBe("20");
        urgent.SeverityOf(Length).ShouldBe(DiagnosticSeverity.Error);
        Option(SettingsOf("email/sms.txt"), "TST4001", "max-words").ShouldBe("20");
        var vip = SettingsOf("chat/urgent/vip-refund.md");
        vip.SeverityOf(Length).ShouldBe(DiagnosticSeverity.None);
        Option(vip, "TST4001", "max-words").ShouldBe("20"); // the last entry set only the severity
    }

    [Fact]
    public void A_later_override_wins_over_an_earlier_one_whatever_their_globs()
    {
        _folder.Write(".replylint.yaml", """
            root: true
            overrides:
              - files: ["chat/urgent/**"]
                rules: { TST4001: { max-words: 20 } }
              - files: ["chat/**"]
                rules: { TST4001: { max-words: 80 } }
            """);

        Option(SettingsOf("chat/urgent/a.md"), "TST4001", "max-words").ShouldBe("80");
    }

    [Fact]
    public void A_nearer_file_wins_over_the_overrides_of_a_farther_one()
    {
        _folder.Write(".replylint.yaml", "root: true\noverrides:\n  - files: [\"chat/**\"]\n    rules: { TST1001: error }\n");
        _folder.Write("chat/.replylint.yaml", "rules:\n  TST1001: suggestion\n");

        SettingsOf("chat/a.md").SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Suggestion);
    }

    [Fact]
    public void Override_globs_are_relative_to_their_file_s_folder()
    {
        _folder.Write("lib/.replylint.yaml", "overrides:\n  - files: [\"chat/**\"]\n    rules: { TST1001: error }\n");

        SettingsOf("lib/chat/a.md").SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Error);
        SettingsOf("lib/email/chat/a.md").SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("TST1001")]
    [InlineData("tst1001")]
    [InlineData("test-phrase")]
    [InlineData("Test-Phrase")]
    public void A_rule_is_named_by_ID_or_name_in_any_case(string key)
    {
        _folder.Write(".replylint.yaml", $"root: true\nrules:\n  {key}: suggestion\n  test-off: error\n");

        var settings = SettingsOf("a.md");
        settings.SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Suggestion);
        settings.SeverityOf(OffByDefault).ShouldBe(DiagnosticSeverity.Error);
        settings.Severities.Keys.ShouldBe(["TST1001", "TST1008"], ignoreOrder: true); // stored by ID
    }

    [Fact]
    public void Known_placeholders_feed_RL3002_and_a_rule_option_in_the_same_file_wins()
    {
        _folder.Write(".replylint.yaml", "root: true\nplaceholders:\n  known: [customer.first_name, \"order.*\"]\n");
        _folder.Write("b/.replylint.yaml", "placeholders:\n  known: [ticket.id]\nrules:\n  RL3002: { known: [agent.name, ticket.id] }\n");

        Option(SettingsOf("a.md"), "RL3002", "known").ShouldBe("customer.first_name, order.*");
        Option(SettingsOf("b/a.md"), "RL3002", "known").ShouldBe("agent.name, ticket.id");
    }

    [Fact]
    public void An_explicit_file_replaces_discovery_for_every_template()
    {
        _folder.Write("shared/strict.yaml", "rules:\n  TST1001: error\noverrides:\n  - files: [\"chat/**\"]\n    rules: { TST1001: none }\n");
        _folder.Write("lib/.replylint.yaml", "root: true\nrules:\n  TST1001: suggestion\n");

        var resolver = ConfigResolver.FromFile("shared/strict.yaml", _folder.Root);
        var binding = Bind(resolver);

        resolver.IsExplicit.ShouldBeTrue();
        SettingsOf("lib/a.md", binding).SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Error);
        SettingsOf("shared/chat/a.md", binding).SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.None);
        SettingsOf("lib/chat/a.md", binding).SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Error); // its globs stay relative to its own folder
        binding.RunSettings.SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Error);
        resolver.Loaded.Select(static c => c.DisplayPath).ShouldBe(["shared/strict.yaml"]);
    }

    [Fact]
    public void An_explicit_file_that_is_missing_or_a_folder_is_an_error()
    {
        _folder.CreateFolder("configs");

        Should.Throw<ConfigException>(() => ConfigResolver.FromFile("missing.yaml", _folder.Root)).Message
            .ShouldBe("the configuration file 'missing.yaml' does not exist.");
        Should.Throw<ConfigException>(() => ConfigResolver.FromFile("configs", _folder.Root)).Message
            .ShouldBe("the configuration file 'configs' is a folder; expected a file such as 'configs/.replylint.yaml'.");
    }

    [Fact]
    public void Run_settings_come_from_the_working_directory_s_chain_without_overrides()
    {
        _folder.Write(".replylint.yaml", "root: true\nrules:\n  TST4001: { min-similarity: 0.8 }\noverrides:\n  - files: [\"**\"]\n    rules: { TST4001: { min-similarity: 0.5 } }\n");

        var binding = Bind();

        Option(binding.RunSettings, "TST4001", "min-similarity").ShouldBe("0.8");
        Option(SettingsOf("a.md", binding), "TST4001", "min-similarity").ShouldBe("0.5");
    }

    [Fact]
    public void An_invalid_file_anywhere_in_the_chain_is_an_error()
    {
        _folder.Write(".replylint.yaml", "root: true\nrules: [oops]\n");
        _folder.Write("a/.replylint.yaml", "rules:\n  TST1001: error\n");

        Should.Throw<ConfigException>(() => SettingsOf("a/b/c.md")).Message.ShouldBe(".replylint.yaml(2,8): 'rules' is a list; expected a mapping of rule IDs or names to settings, such as 'RL1004: error'.");
    }

    [Fact]
    public void Packs_and_plugins_of_every_file_read_are_collected_once_each()
    {
        _folder.Write(".replylint.yaml", "root: true\npacks: [style/acme.yaml]\nplugins: [plugins/A.dll]\n");
        _folder.Write("chat/.replylint.yaml", "packs: [../style/acme.yaml, chat.yaml]\n");
        var resolver = ConfigResolver.Discover(_folder.Root);

        resolver.ChainFor(_folder.PathOf("chat"));

        resolver.Packs.Select(static p => (p.FullPath, p.Source.ToString())).ShouldBe(
        [
            (_folder.PathOf("style/acme.yaml"), ".replylint.yaml(2,9)"),
            (_folder.PathOf("chat/chat.yaml"), "chat/.replylint.yaml(1,29)"),
        ]);
        resolver.Plugins.ShouldHaveSingleItem().FullPath.ShouldBe(_folder.PathOf("plugins/A.dll"));
    }

    // ---- warnings ----

    [Fact]
    public void Unknown_rules_and_options_are_warnings_with_their_position()
    {
        _folder.Write(".replylint.yaml", """
            root: true
            rules:
              RL9999: error
              test-phrse: warning
              TST4001: { max-word: 3, MAX-WORDS: 4 }
              TST1001: { severity: error, limit: 2 }
            """);
        _folder.Write("a/.replylint.yaml", "bogus: 1\n");

        var binding = Bind();
        SettingsOf("a/x.md", binding);

        binding.Warnings.Select(static w => w.ToString()).ShouldBe(
        [
            ".replylint.yaml(3,3): unknown rule 'RL9999'; it is ignored ('replylint rules' lists the rules).",
            ".replylint.yaml(4,3): unknown rule 'test-phrse'; it is ignored (did you mean 'test-phrase'?).",
            ".replylint.yaml(5,14): unknown option 'max-word' for TST4001 (test-length); it is ignored (TST4001 takes max-words, slack, min-similarity and greeting).",
            ".replylint.yaml(6,31): unknown option 'limit' for TST1001 (test-phrase); it is ignored (TST1001 takes no options).",
            "a/.replylint.yaml(1,1): unknown key 'bogus'; it is ignored (the keys are root, include, exclude, rules, overrides, placeholders, formats, packs and plugins).",
        ]);
        var settings = SettingsOf("a/x.md", binding);
        Option(settings, "TST4001", "max-words").ShouldBe("4"); // a known option in another case is that option
        settings.SeverityOf(Phrase).ShouldBe(DiagnosticSeverity.Error);
    }

    // ---- option values are checked against what the rule declares ----

    [Theory]
    [InlineData("TST4001: { max-words: thirty }", ".replylint.yaml(3,25): option 'max-words' of TST4001 (test-length) is 'thirty'; expected a whole number of 1 or more.")]
    [InlineData("TST4001: { max-words: 0 }", ".replylint.yaml(3,25): option 'max-words' of TST4001 (test-length) is '0'; expected a whole number of 1 or more.")]
    [InlineData("TST4001: { max-words: 2.5 }", ".replylint.yaml(3,25): option 'max-words' of TST4001 (test-length) is '2.5'; expected a whole number of 1 or more.")]
    [InlineData("TST4001: { max-words: [3] }", ".replylint.yaml(3,25): option 'max-words' of TST4001 (test-length) is a list; expected a whole number of 1 or more.")]
    [InlineData("TST4001: { slack: -1 }", ".replylint.yaml(3,21): option 'slack' of TST4001 (test-length) is '-1'; expected a whole number of 0 or more.")]
    [InlineData("TST4001: { min-similarity: high }", ".replylint.yaml(3,30): option 'min-similarity' of TST4001 (test-length) is 'high'; expected a fraction above 0 and at most 1 (0.8) or a percentage above 1% (80%).")]
    [InlineData("TST4001: { min-similarity: 1% }", ".replylint.yaml(3,30): option 'min-similarity' of TST4001 (test-length) is '1%'; expected a fraction above 0 and at most 1 (0.8) or a percentage above 1% (80%).")]
    [InlineData("TST4001: { min-similarity: 150 }", ".replylint.yaml(3,30): option 'min-similarity' of TST4001 (test-length) is '150'; expected a fraction above 0 and at most 1 (0.8) or a percentage above 1% (80%).")]
    [InlineData("TST4001: { greeting: [Hi, Hello] }", ".replylint.yaml(3,24): option 'greeting' of TST4001 (test-length) is a list; expected a string.")]
    public void An_option_value_of_the_wrong_type_is_an_error_at_the_value(string rule, string expected) =>
        BindError($"rules:\n  {rule}\n").ShouldBe(expected);

    [Theory]
    [InlineData("max-words: 25", "max-words", "25")]
    [InlineData("max-words: ' 25 '", "max-words", "25")]
    [InlineData("slack: 0", "slack", "0")]
    [InlineData("min-similarity: 0.8", "min-similarity", "0.8")]
    [InlineData("min-similarity: 80%", "min-similarity", "80%")]
    [InlineData("min-similarity: 80", "min-similarity", "80")]
    [InlineData("greeting: Hi there", "greeting", "Hi there")]
    public void Valid_option_values_reach_the_rule(string option, string name, string value)
    {
        _folder.Write(".replylint.yaml", $"root: true\nrules:\n  TST4001: {{ {option} }}\n");

        Option(SettingsOf("a.md"), "TST4001", name).ShouldBe(value);
    }

    // ---- include and exclude ----

    [Fact]
    public void Exclude_globs_of_every_file_in_the_chain_apply_relative_to_their_folder()
    {
        _folder.Write(".replylint.yaml", "root: true\nexclude: [\"archive/**\"]\n");
        _folder.Write("lib/.replylint.yaml", "exclude: [\"drafts/\", \"**/*.tmp.md\"]\n");
        var resolver = ConfigResolver.Discover(_folder.Root);

        resolver.IsExcluded(_folder.PathOf("archive/a.md")).ShouldBeTrue();
        resolver.IsExcluded(_folder.PathOf("lib/drafts/a.md")).ShouldBeTrue();
        resolver.IsExcluded(_folder.PathOf("lib/x/y.tmp.md")).ShouldBeTrue();
        resolver.IsExcluded(_folder.PathOf("drafts/a.md")).ShouldBeFalse(); // lib's globs are relative to lib/
        resolver.IsExcluded(_folder.PathOf("lib/a.md")).ShouldBeFalse();
    }

    [Fact]
    public void The_nearest_include_decides_and_without_one_the_default_applies()
    {
        _folder.Write(".replylint.yaml", "root: true\ninclude: [\"**/*.html\"]\n");
        _folder.Write("plain/.replylint.yaml", "include: [\"**/*.txt\"]\n");
        var resolver = ConfigResolver.Discover(_folder.Root);

        resolver.IsIncluded(_folder.PathOf("a/b.html")).ShouldBe(true);
        resolver.IsIncluded(_folder.PathOf("a/b.md")).ShouldBe(false);
        resolver.IsIncluded(_folder.PathOf("plain/b.html")).ShouldBe(false);
        resolver.IsIncluded(_folder.PathOf("plain/b.txt")).ShouldBe(true);
        ConfigResolver.Discover(_folder.PathOf("elsewhere")).IsIncluded(Path.Combine(Path.GetTempPath(), "no-config-" + Guid.NewGuid().ToString("N"), "a.md")).ShouldBeNull();
    }

    [Fact]
    public void The_globs_of_an_explicit_file_never_match_outside_its_folder()
    {
        _folder.Write("ci/replylint.yaml", "include: [\"**/*.html\"]\nexclude: [\"**/drafts/**\"]\n");
        var resolver = ConfigResolver.FromFile("ci/replylint.yaml", _folder.Root);

        resolver.IsIncluded(_folder.PathOf("ci/templates/a.html")).ShouldBe(true);
        resolver.IsIncluded(_folder.PathOf("lib/a.md")).ShouldBeNull(); // the default set applies
        resolver.IsExcluded(_folder.PathOf("ci/drafts/a.md")).ShouldBeTrue();
        resolver.IsExcluded(_folder.PathOf("lib/drafts/a.md")).ShouldBeFalse();
    }

    [Fact]
    public void Discovery_keeps_what_configuration_includes_and_drops_what_it_excludes()
    {
        _folder.Write(".replylint.yaml", "root: true\nexclude: [\"lib/drafts/**\"]\n");
        _folder.Write("lib/html/.replylint.yaml", "include: [\"**/*.html\"]\n");
        _folder.Write("lib/a.md", "x");
        _folder.Write("lib/b.html", "x");
        _folder.Write("lib/drafts/c.md", "x");
        _folder.Write("lib/html/d.html", "x");
        _folder.Write("lib/html/e.md", "x");

        var result = Discover("lib");

        result.Files.Select(static f => f.DisplayPath).ShouldBe(["lib/a.md", "lib/b.html", "lib/html/d.html"]); // lib/b.html by default
        result.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Formats_apply_to_the_files_their_globs_match_nearest_configuration_first()
    {
        _folder.Write(".replylint.yaml", "root: true\nformats:\n  - files: [\"exports/**/*.json\"]\n    body: text\n");
        _folder.Write("exports/fd/.replylint.yaml", "formats:\n  - files: [\"*.json\"]\n    preset: freshdesk\n");
        var resolver = ConfigResolver.Discover(_folder.Root);

        resolver.FormatsFor(_folder.PathOf("exports/fd/a.json")).Select(static f => f.Preset ?? f.Body[0]).ShouldBe(["freshdesk", "text"]);
        resolver.FormatsFor(_folder.PathOf("exports/other/b.json")).Select(static f => f.Body[0]).ShouldBe(["text"]);
        resolver.FormatsFor(_folder.PathOf("c.json")).ShouldBeEmpty();
        resolver.HasFormatFor(_folder.PathOf("exports/other/b.json")).ShouldBeTrue();
        Bind(resolver).SettingsFor(_folder.PathOf("exports/fd/a.json")).Formats.Length.ShouldBe(2);
        Bind(resolver).SettingsFor(_folder.PathOf("c.json")).Formats.ShouldBeEmpty();
    }

    [Fact]
    public void A_data_file_a_format_describes_is_discovered_whatever_it_holds()
    {
        _folder.Write(".replylint.yaml", "root: true\nformats:\n  - files: [\"lib/listing.json\", \"lib/*.export\"]\n    body: text\n");
        _folder.Write("lib/listing.json", "[{\"text\": \"Hello.\"}]");
        _folder.Write("lib/other.json", "[{\"text\": \"Hello.\"}]");
        _folder.Write("lib/nightly.export", "[{\"text\": \"Hello.\"}]");

        Discover("lib").Files.Select(static f => f.DisplayPath).ShouldBe(["lib/listing.json", "lib/nightly.export"]);
    }

    [Fact]
    public void An_excluded_file_is_dropped_even_when_named_or_matched_by_a_glob()
    {
        _folder.Write(".replylint.yaml", "root: true\nexclude: [\"drafts/**\"]\n");
        _folder.Write("drafts/a.md", "x");
        _folder.Write("drafts/b.md", "x");
        _folder.Write("c.md", "x");

        Discover("drafts/a.md", "c.md").Files.Select(static f => f.DisplayPath).ShouldBe(["c.md"]);
        Discover("drafts/a.md").Problems.ShouldBeEmpty(); // a hook that passes changed files lints nothing, quietly

        var folder = Discover("drafts");
        folder.Files.ShouldBeEmpty();
        folder.Problems.ShouldBe(["every template in the folder 'drafts' is excluded by the configuration"]);

        var glob = Discover("drafts/*.md");
        glob.Files.ShouldBeEmpty();
        glob.Problems.ShouldBe(["every file that matches the pattern 'drafts/*.md' is excluded by the configuration"]);
    }

    private DiscoveryResult Discover(params string[] inputs)
    {
        var resolver = ConfigResolver.Discover(_folder.Root);
        return FileDiscovery.Discover(inputs, _folder.Root, new DiscoveryFilter { IsIncluded = resolver.IsIncluded, IsExcluded = resolver.IsExcluded, HasExportMapping = resolver.HasFormatFor });
    }
}
