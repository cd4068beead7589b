using System.Text;
using ReplyLint.Configuration;
using ReplyLint.Core.Tests.Engine;
using ReplyLint.Diagnostics;

namespace ReplyLint.Core.Tests.Configuration;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ReplyLintConfig Parse(string yaml) => ConfigLoader.Parse(yaml, _folder.PathOf(".replylint.yaml"), ".replylint.yaml");

    private string ErrorOf(string yaml) => Should.Throw<ConfigException>(() => Parse(yaml)).Message;

    private ConfigException LoadError(string relativePath) =>
        Should.Throw<ConfigException>(() => ConfigLoader.Load(relativePath, _folder.Root));

    // ---- what a valid file gives ----

    [Fact]
    public void Every_key_of_the_design_example_is_read_with_its_position()
    {
        var config = Parse("""
            root: true
            include: ["**/*.md", "**/*.txt"]
            exclude: ["drafts/**", "./old/", 'archive\**']
            rules:
              RL1004: error
              RL4001: { severity: warning, max-words: 30 }
              acronyms-rule: { words: [ACME, ZEN] }
            overrides:
              - files: ["chat/**"]
                rules: { RL4003: { max-words: 80 } }
            placeholders:
              known: ["customer.first_name", "agent.name", "ticket.id"]
            packs: ["style/acme.yaml"]
            plugins: ["plugins/Acme.ReplyRules.dll"]
            """);

        config.IsRoot.ShouldBeTrue();
        config.Include.ShouldBe(["**/*.md", "**/*.txt"]);
        config.Exclude.ShouldBe(["drafts/**", "old/**", "archive/**"]); // "./" dropped, a folder means its files, '\' is '/'
        config.Rules.Select(static r => (r.Key, r.Severity, r.Source.ToString())).ShouldBe(
        [
            ("RL1004", (DiagnosticSeverity?)DiagnosticSeverity.Error, ".replylint.yaml(5,3)"),
            ("RL4001", DiagnosticSeverity.Warning, ".replylint.yaml(6,3)"),
            ("acronyms-rule", null, ".replylint.yaml(7,3)"),
        ]);
        var maxWords = config.Rules[1].Options.ShouldHaveSingleItem();
        (maxWords.Name, maxWords.Value, maxWords.IsList, maxWords.Source.ToString(), maxWords.ValueSource.ToString())
            .ShouldBe(("max-words", "30", false, ".replylint.yaml(6,32)", ".replylint.yaml(6,43)"));
        var words = config.Rules[2].Options.ShouldHaveSingleItem();
        (words.Value, words.IsList).ShouldBe(("ACME, ZEN", true));
        var chat = config.Overrides.ShouldHaveSingleItem();
        chat.Files.ShouldBe(["chat/**"]);
        chat.Source.ToString().ShouldBe(".replylint.yaml(9,5)");
        chat.Rules.ShouldHaveSingleItem().Options.ShouldHaveSingleItem().Value.ShouldBe("80");
        config.KnownPlaceholders.ShouldBe(["customer.first_name", "agent.name", "ticket.id"]);
        config.Packs.ShouldBe([new ConfigReference(_folder.PathOf("style/acme.yaml"), config.Packs[0].Source)]);
        config.Packs[0].Source.ToString().ShouldBe(".replylint.yaml(13,9)");
        config.Plugins.ShouldHaveSingleItem().FullPath.ShouldBe(_folder.PathOf("plugins/Acme.ReplyRules.dll"));
        config.Warnings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    [InlineData("rules:\n  # RL1004: error\ninclude:\nexclude:\noverrides:\nplaceholders:\npacks:\nplugins:\n")]
    public void An_empty_file_or_empty_sections_set_nothing(string yaml)
    {
        var config = Parse(yaml);

        config.IsRoot.ShouldBeFalse();
        config.Include.ShouldBeNull();
        config.Exclude.ShouldBeEmpty();
        config.Rules.ShouldBeEmpty();
        config.Overrides.ShouldBeEmpty();
        config.KnownPlaceholders.ShouldBeNull();
        config.Packs.ShouldBeEmpty();
        config.Warnings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ERROR", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Suggestion)]
    [InlineData("silent", DiagnosticSeverity.Silent)]
    [InlineData("none", DiagnosticSeverity.None)]
    [InlineData("'none'", DiagnosticSeverity.None)]
    public void The_five_severity_words_are_read(string word, DiagnosticSeverity expected) =>
        Parse($"rules:\n  RL1004: {word}\n").Rules.ShouldHaveSingleItem().Severity.ShouldBe(expected);

    [Fact]
    public void A_file_in_UTF16_or_with_a_byte_order_mark_is_read()
    {
        _folder.Write("a/.replylint.yaml", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("root: true\n")]);
        _folder.Write("b/.replylint.yaml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("root: true\n")]);

        ConfigLoader.Load("a/.replylint.yaml", _folder.Root).IsRoot.ShouldBeTrue();
        ConfigLoader.Load("b/.replylint.yaml", _folder.Root).IsRoot.ShouldBeTrue();
    }

    // ---- warnings: the run goes on ----

    [Fact]
    public void Unknown_keys_are_warnings_with_their_position()
    {
        var config = Parse("""
            root: true
            rulez:
              RL1004: error
            overrides:
              - files: ["chat/**"]
                severity: error
            placeholders:
              known: [ticket.id]
              unknown: [x]
            """);

        config.Warnings.Select(static w => w.ToString()).ShouldBe(
        [
            ".replylint.yaml(2,1): unknown key 'rulez'; it is ignored (the keys are root, include, exclude, rules, overrides, placeholders, formats, packs and plugins).",
            ".replylint.yaml(6,5): unknown key 'severity' in an override; it is ignored (an override takes files and rules).",
            ".replylint.yaml(9,3): unknown key 'unknown' under 'placeholders'; it is ignored (it takes known).",
        ]);
        config.IsRoot.ShouldBeTrue();
        config.KnownPlaceholders.ShouldBe(["ticket.id"]);
    }

    [Fact]
    public void Formats_are_read_with_their_fields_and_where_they_are_written()
    {
        var config = Parse("""
            formats:
              - files: ["exports/freshdesk/*.json"]
                preset: Freshdesk
              - files: ["exports/acme/**"]
                items: "$._embedded['saved-replies'][*]"
                id: key
                title: [label, name]
                body: [html, text]
                subject: headline
                body-format: html
                placeholders: helpscout
                colour: blue
            """);

        config.Formats.Length.ShouldBe(2);
        var preset = config.Formats[0];
        (preset.Preset, preset.Items, preset.Body.IsEmpty, preset.Where).ShouldBe(("freshdesk", null, true, ".replylint.yaml(2,5)"));
        var mapping = config.Formats[1];
        mapping.Files.ShouldBe(["exports/acme/**"]);
        mapping.Items!.Text.ShouldBe("$._embedded['saved-replies'][*]");
        mapping.Id.ShouldBe(["key"]);
        mapping.Title.ShouldBe(["label", "name"]);
        mapping.Body.ShouldBe(["html", "text"]);
        mapping.Subject.ShouldBe(["headline"]);
        (mapping.BodyFormat, mapping.Placeholders).ShouldBe((ReplyLint.Exports.ExportBodyFormat.Html, "helpscout"));
        config.Warnings.Select(static w => w.ToString()).ShouldBe(
        [
            ".replylint.yaml(12,5): unknown key 'colour' in a format; it is ignored (a format takes files, preset, items, id, title, body, subject, body-format and placeholders).",
        ]);
    }

    [Fact]
    public void An_unknown_placeholder_dialect_in_a_format_is_a_warning()
    {
        var config = Parse("formats:\n  - files: [a.json]\n    body: text\n    placeholders: acme\n");
        config.Warnings.ShouldHaveSingleItem().ToString().ShouldBe(
            ".replylint.yaml(4,19): unknown placeholder dialect 'acme' in a format; it is passed on as written (the known ones are zendesk, freshdesk, helpscout, intercom, front, gorgias, chatwoot, zoho, salesforce, osticket and zammad).");
        config.Formats.ShouldHaveSingleItem().Placeholders.ShouldBe("acme");
    }

    // ---- errors: one line, where, what was found, what was expected ----

    [Theory]
    [InlineData("rules: [RL1004]\n", ".replylint.yaml(1,8): 'rules' is a list; expected a mapping of rule IDs or names to settings, such as 'RL1004: error'.")]
    [InlineData("rules:\n  RL1004: fatal\n", ".replylint.yaml(2,11): the severity of 'RL1004' is 'fatal'; expected error, warning, suggestion, silent or none.")]
    [InlineData("rules:\n  RL1004: { severity: off }\n", ".replylint.yaml(2,23): the severity of 'RL1004' is 'off'; expected error, warning, suggestion, silent or none.")]
    [InlineData("rules:\n  RL1004:\n", ".replylint.yaml(2,10): the setting of 'RL1004' is empty; expected a severity (error, warning, suggestion, silent or none) or a mapping such as { severity: warning, max-words: 25 }.")]
    [InlineData("rules:\n  RL1004: [error]\n", ".replylint.yaml(2,11): the setting of 'RL1004' is a list; expected a severity (error, warning, suggestion, silent or none) or a mapping such as { severity: warning, max-words: 25 }.")]
    [InlineData("rules:\n  RL4001: { max-words: { value: 3 } }\n", ".replylint.yaml(2,24): option 'max-words' of 'RL4001' is a mapping; expected a string, a number or a list of names.")]
    [InlineData("rules:\n  RL4001: { max-words: 3, MAX-WORDS: 4 }\n", ".replylint.yaml(2,27): 'MAX-WORDS' is set a second time under 'RL4001'; expected each key once.")]
    [InlineData("root: yes\n", ".replylint.yaml(1,7): 'root' is 'yes'; expected true or false.")]
    [InlineData("root: \"true\"\n", ".replylint.yaml(1,7): 'root' is 'true'; expected true or false.")]
    [InlineData("root: [true]\n", ".replylint.yaml(1,7): 'root' is a list; expected true or false.")]
    [InlineData("include: \"**/*.md\"\n", ".replylint.yaml(1,10): 'include' is '**/*.md'; expected a list of glob patterns relative to this file's folder, such as [\"drafts/**\"].")]
    [InlineData("exclude: [drafts/**, {a: 1}]\n", ".replylint.yaml(1,22): an item of 'exclude' is a mapping; expected a list of glob patterns relative to this file's folder, such as [\"drafts/**\"].")]
    [InlineData("exclude: [../other/**]\n", ".replylint.yaml(1,11): the pattern '../other/**' in 'exclude' leaves this file's folder; expected a pattern relative to this file's folder, such as \"drafts/**\".")]
    [InlineData("exclude: [/abs/**]\n", ".replylint.yaml(1,11): the pattern '/abs/**' in 'exclude' leaves this file's folder; expected a pattern relative to this file's folder, such as \"drafts/**\".")]
    [InlineData("overrides: { files: [a] }\n", ".replylint.yaml(1,12): 'overrides' is a mapping; expected a list of entries, each with 'files' and 'rules'.")]
    [InlineData("overrides:\n  - rules: { RL1004: none }\n", ".replylint.yaml(2,5): an entry of 'overrides' has no 'files'; expected 'files' with a list of glob patterns, such as [\"chat/**\"].")]
    [InlineData("overrides:\n  - chat/**\n", ".replylint.yaml(2,5): an entry of 'overrides' is 'chat/**'; expected a mapping with 'files' and 'rules'.")]
    [InlineData("placeholders: [ticket.id]\n", ".replylint.yaml(1,15): 'placeholders' is a list; expected a mapping with 'known', such as { known: [\"customer.first_name\"] }.")]
    [InlineData("placeholders:\n  known: ticket.id\n", ".replylint.yaml(2,10): 'known' is 'ticket.id'; expected a list of placeholder names, such as [\"customer.first_name\", \"order.*\"].")]
    [InlineData("packs: style/acme.yaml\n", ".replylint.yaml(1,8): 'packs' is 'style/acme.yaml'; expected a list of phrase pack files, such as [\"style/acme.yaml\"].")]
    [InlineData("plugins: [\"\"]\n", ".replylint.yaml(1,11): an item of 'plugins' is ''; expected a list of plugin assemblies, such as [\"plugins/Acme.ReplyRules.dll\"].")]
    [InlineData("- root: true\n", ".replylint.yaml(1,1): the file holds a list; expected a mapping of settings such as 'rules:'.")]
    [InlineData("root: true\n---\nroot: false\n", ".replylint.yaml(3,1): a second YAML document starts here; expected a single document.")]
    [InlineData("? [a, b]\n: 1\n", ".replylint.yaml(1,3): a key is a list; expected a name such as 'rules'.")]
    [InlineData("formats: { files: [a] }\n", ".replylint.yaml(1,10): 'formats' is a mapping; expected a list of entries, each with 'files' and either 'body' or 'preset'.")]
    [InlineData("formats:\n  - body: text\n", ".replylint.yaml(2,5): an entry of 'formats' has no 'files'; expected 'files' with a list of glob patterns, such as [\"exports/freshdesk/*.json\"].")]
    [InlineData("formats:\n  - files: [a.json]\n", ".replylint.yaml(2,5): an entry of 'formats' has neither 'body' nor 'preset'; expected 'body' with the field that holds the reply text, or a preset such as 'preset: freshdesk'.")]
    [InlineData("formats:\n  - files: [a.json]\n    preset: hubspot\n", ".replylint.yaml(3,13): 'preset' is 'hubspot'; expected freshdesk, helpscout, intercom, front, gorgias or zoho.")]
    [InlineData("formats:\n  - files: [a.json]\n    body: text\n    items: data[*]\n", ".replylint.yaml(4,12): the items path 'data[*]' is not valid: it does not start with '$' (the file's value); expected a path such as \"$[*]\", \"$.data[*]\" or \"$._embedded['saved-replies'][*]\".")]
    [InlineData("formats:\n  - files: [a.json]\n    body: { field: x }\n", ".replylint.yaml(3,11): 'body' is a mapping; expected a field name such as content_html, or a list of them such as [content_html, content].")]
    [InlineData("formats:\n  - files: [a.json]\n    body: x\n    body-format: rtf\n", ".replylint.yaml(4,18): 'body-format' is 'rtf'; expected markdown, html or text.")]
    public void A_value_of_the_wrong_type_is_an_error_at_its_position(string yaml, string expected) =>
        ErrorOf(yaml).ShouldBe(expected);

    [Fact]
    public void Collections_nested_thousands_deep_are_an_error_not_a_crash()
    {
        // Without the guard YamlDotNet recurses once a level and overflows the stack, which no catch survives.
        var message = ErrorOf("root: true\nrules: " + new string('[', 100_000) + "\n");

        message.ShouldStartWith(".replylint.yaml(2,");
        message.ShouldContain("invalid YAML: collections nested more than 64 levels deep");
    }

    [Fact]
    public void An_alias_is_an_error_so_a_billion_laughs_cannot_be_walked()
    {
        var message = ErrorOf("root: true\nbase: &b [\"a/**\"]\nexclude: *b\n");

        message.ShouldBe(".replylint.yaml(3,10): invalid YAML: the alias '*b' (aliases are not supported in a configuration file; write the value out); expected well-formed YAML.");
    }

    [Fact]
    public void Invalid_YAML_is_an_error_at_the_parser_s_position()
    {
        var message = ErrorOf("rules:\n  RL1004: [error\n");

        message.ShouldStartWith(".replylint.yaml(3,1): invalid YAML: ");
        message.ShouldEndWith("; expected well-formed YAML.");
        message.ShouldNotContain("\n");
    }

    [Fact]
    public void A_key_set_twice_is_an_error()
    {
        ErrorOf("root: true\nrules:\n  RL1004: error\nroot: false\n").ShouldBe(".replylint.yaml(4,1): 'root' is set a second time; expected each key once.");
        ErrorOf("rules:\n  RL1004: error\n  RL1004: none\n").ShouldBe(".replylint.yaml(3,3): 'RL1004' is set a second time; expected each key once.");
    }

    [Fact]
    public void A_binary_file_is_an_error_at_its_first_NUL_byte()
    {
        _folder.Write(".replylint.yaml", [.. Encoding.UTF8.GetBytes("root: true\nru"), 0, 1, 2]);

        LoadError(".replylint.yaml").Message.ShouldBe(".replylint.yaml(2,3): the file is binary (it holds a NUL byte); expected a YAML text file.");
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_an_error()
    {
        _folder.Write("sub/.replylint.yaml", [.. Encoding.UTF8.GetBytes("root: "), 0xC3, 0x28]);

        LoadError("sub/.replylint.yaml").Message.ShouldBe("sub/.replylint.yaml(1,1): the file is not valid UTF-8; expected a YAML text file saved as UTF-8.");
    }

    [Fact]
    public void A_huge_file_is_an_error_and_is_not_read()
    {
        _folder.Write(".replylint.yaml", Encoding.ASCII.GetBytes(new string('#', (int)ConfigLoader.MaxBytes + 1)));

        LoadError(".replylint.yaml").Message.ShouldBe(".replylint.yaml(1,1): the file is 1,048,577 bytes; expected a configuration file of at most 1,048,576 bytes (1 MB).");
    }

    [Fact]
    public void An_unreadable_file_is_an_error()
    {
        var path = _folder.Write(".replylint.yaml", "root: true\n");

        // Another process holding the file exclusively is one way a file cannot be read, even by an administrator.
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var error = LoadError(".replylint.yaml");

            error.Message.ShouldStartWith(".replylint.yaml(1,1): the file could not be read (");
            error.Message.ShouldEndWith("); expected a readable file.");
            error.Location.ShouldBe(new ConfigSource(path, ".replylint.yaml", 1, 1));
        }
    }

    [Fact]
    public void A_missing_file_is_an_error()
    {
        var error = LoadError("nowhere/.replylint.yaml");

        error.Message.ShouldStartWith("nowhere/.replylint.yaml(1,1): the file could not be read (");
    }
}
