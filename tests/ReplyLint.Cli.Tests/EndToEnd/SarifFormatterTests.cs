using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReplyLint.Cli.Commands;
using ReplyLint.Cli.Formatters;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Text;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary>The SARIF formatter on reports built by hand: what the engine does not produce yet (suppressions,
/// configuration notifications, plugin rules) and the edges of the format.</summary>
public sealed partial class SarifFormatterTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "replylint-sarif-root");

    private static readonly DiagnosticDescriptor PluginRule = new(
        "ACME001", "jargon-term", "Jargon", "'{0}' is jargon; say it plainly.", "Clarity", DiagnosticSeverity.Warning, true, "Customers do not know our internal words.", null);

    private static readonly DiagnosticDescriptor FragmentRule = new(
        "ACME002", "odd-thing", "Odd thing", "'{0}' {1}.", "Tone", DiagnosticSeverity.Suggestion, true, "", new Uri("https://example.com/acme002"));

    private static (SourceText Text, Diagnostic Finding) Finding(DiagnosticDescriptor descriptor, string path, string text, string match, Suppression? suppression = null, Fix? fix = null, params string[] arguments)
    {
        var source = new SourceText(text);
        var start = text.IndexOf(match, StringComparison.Ordinal);
        var span = new TextSpan(start, match.Length);
        var diagnostic = new Diagnostic(descriptor, Location.Create(path, source, span), descriptor.DefaultSeverity, descriptor.FormatMessage([.. arguments]), [.. arguments], fix);
        return (source, suppression is null ? diagnostic : diagnostic.WithSuppression(suppression));
    }

    private static JsonDocument Format(LintReport report)
    {
        var writer = new StringWriter();
        new SarifFormatter().Write(report, writer);
        return writer.ToString().ShouldBeValidSarif();
    }

    private static LintReport Report(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<Diagnostic> suppressed, params (string Path, SourceText Text)[] files) =>
        new(new LintResult([.. files.Select(static f => new TemplateFile(Path.Combine(Root, f.Path), f.Path))], diagnostics)
        {
            Suppressed = suppressed,
            Sources = files.ToImmutableDictionary(static f => f.Path, static f => f.Text, StringComparer.Ordinal),
        }, TimeSpan.Zero, UseColor: false)
        {
            ProjectRoot = Root,
            WorkingDirectory = Root,
            Rules = [.. RuleCatalog.Descriptors],
        };

    private static JsonElement Run(JsonDocument log) => log.RootElement.GetProperty("runs")[0];

    [Fact]
    public void Suppressed_findings_are_left_out_unless_asked_for_and_then_carry_their_suppression()
    {
        const string text = "We value your business.\nPlease do not hesitate to contact us.\nAs a valued customer, thanks.\n";
        var (source, visible) = Finding(RuleCatalog.Find("RL1004")!, "a.md", text, "Please do not hesitate to contact us", arguments: "Please do not hesitate to contact us");
        var (_, inSource) = Finding(RuleCatalog.Find("RL1004")!, "a.md", text, "We value your business", new Suppression(SuppressionKind.InSource, "Approved wording for the legal team."), arguments: "We value your business");
        var (_, external) = Finding(RuleCatalog.Find("RL1004")!, "a.md", text, "As a valued customer", new Suppression(SuppressionKind.External), arguments: "As a valued customer");

        using (var hidden = Format(Report([visible], [inSource, external], ("a.md", source))))
        {
            Run(hidden).GetProperty("results").GetArrayLength().ShouldBe(1);
        }

        using var shown = Format(Report([visible], [inSource, external], ("a.md", source)) with { IncludeSuppressed = true });
        var results = Run(shown).GetProperty("results").EnumerateArray().ToList();
        results.Select(static r => r.GetProperty("message").GetProperty("arguments")[0].GetString())
            .ShouldBe(["We value your business", "Please do not hesitate to contact us", "As a valued customer"]); // report order, merged
        var first = results[0].GetProperty("suppressions")[0];
        first.GetProperty("kind").GetString().ShouldBe("inSource");
        first.GetProperty("status").GetString().ShouldBe("accepted");
        first.GetProperty("justification").GetString().ShouldBe("Approved wording for the legal team.");
        results[1].TryGetProperty("suppressions", out _).ShouldBeFalse();
        var last = results[2].GetProperty("suppressions")[0];
        last.GetProperty("kind").GetString().ShouldBe("external");
        last.TryGetProperty("justification", out _).ShouldBeFalse();
    }

    [Fact]
    public void Configuration_notifications_become_tool_execution_notifications()
    {
        var report = Report([], []) with
        {
            Notifications =
            [
                new ToolNotification("warning", "Unknown rule 'RL9999' in .replylint.yaml; it is ignored.", ".replylint.yaml", 4, 3),
                new ToolNotification("note", "No templates changed since the baseline."),
            ],
        };
        using var log = Format(report);
        var invocation = Run(log).GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().ShouldBeTrue();
        var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        notifications.Count.ShouldBe(2);
        notifications[0].GetProperty("level").GetString().ShouldBe("warning");
        notifications[0].GetProperty("message").GetProperty("text").GetString().ShouldBe("Unknown rule 'RL9999' in .replylint.yaml; it is ignored.");
        var location = notifications[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe(".replylint.yaml");
        location.GetProperty("artifactLocation").TryGetProperty("index", out _).ShouldBeFalse();
        (location.GetProperty("region").GetProperty("startLine").GetInt32(), location.GetProperty("region").GetProperty("startColumn").GetInt32()).ShouldBe((4, 3));
        notifications[1].GetProperty("level").GetString().ShouldBe("note");
        notifications[1].TryGetProperty("locations", out _).ShouldBeFalse();
        Run(log).GetProperty("results").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void An_error_notification_means_the_execution_did_not_succeed()
    {
        using var log = Format(Report([], []) with { Notifications = [new ToolNotification("error", "No such file or folder: 'x'.")] });
        Run(log).GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void A_rule_that_did_not_run_but_has_a_finding_is_added_to_the_rules_table()
    {
        const string text = "We leverage synergies.\n";
        var (source, finding) = Finding(PluginRule, "a.md", text, "leverage synergies", arguments: "leverage synergies");
        using var log = Format(Report([finding], [], ("a.md", source)));
        var rules = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Count.ShouldBe(RuleCatalog.Descriptors.Length + 1);
        var plugin = rules[^1];
        plugin.GetProperty("id").GetString().ShouldBe("ACME001");
        plugin.GetProperty("name").GetString().ShouldBe("JargonTerm");
        plugin.GetProperty("help").GetProperty("text").GetString().ShouldBe("Customers do not know our internal words.");
        plugin.GetProperty("help").TryGetProperty("markdown", out _).ShouldBeFalse();
        plugin.TryGetProperty("helpUri", out _).ShouldBeFalse();
        plugin.GetProperty("properties").GetProperty("precision").GetString().ShouldBe("medium");
        var result = Run(log).GetProperty("results")[0];
        result.GetProperty("ruleIndex").GetInt32().ShouldBe(rules.Count - 1);
        result.GetProperty("message").GetProperty("id").GetString().ShouldBe("default");
    }

    [Fact]
    public void A_message_built_from_sentence_fragments_is_written_as_text_only()
    {
        const string text = "Hello there.\n";
        var (source, finding) = Finding(FragmentRule, "a.md", text, "Hello", arguments: ["Hello", "is odd"]);
        using var log = Format(Report([finding], [], ("a.md", source)) with { Rules = [FragmentRule] });
        var rule = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        rule.TryGetProperty("messageStrings", out _).ShouldBeFalse();
        rule.GetProperty("fullDescription").GetProperty("text").GetString().ShouldBe("Odd thing.");
        rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("note");
        rule.GetProperty("properties").GetProperty("problem.severity").GetString().ShouldBe("recommendation");
        var message = Run(log).GetProperty("results")[0].GetProperty("message");
        message.GetProperty("text").GetString().ShouldBe("'Hello' is odd.");
        message.TryGetProperty("id", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_message_that_is_not_its_format_with_its_arguments_is_written_as_text_only()
    {
        const string text = "We leverage synergies.\n";
        var source = new SourceText(text);
        var finding = new Diagnostic(PluginRule, Location.Create("a.md", source, new TextSpan(3, 8)), DiagnosticSeverity.Error, "Rewritten by hand.", ["leverage"], null);
        using var log = Format(Report([finding], [], ("a.md", source)));
        var result = Run(log).GetProperty("results")[0];
        result.GetProperty("message").TryGetProperty("id", out _).ShouldBeFalse();
        result.GetProperty("level").GetString().ShouldBe("error"); // the effective severity, not the rule's default
    }

    [Fact]
    public void A_multi_line_fix_gives_lines_and_offsets_of_every_edit()
    {
        const string text = "Line one.\r\nYOU MUST\r\nREAD THIS.\r\n";
        var start = text.IndexOf("YOU", StringComparison.Ordinal);
        var span = TextSpan.FromBounds(start, text.IndexOf(" THIS", StringComparison.Ordinal));
        var fix = new Fix("Write it in sentence case", [new TextEdit(span, "You must\r\nread"), new TextEdit(new TextSpan(text.Length, 0), "Thanks.\r\n")]);
        var (source, finding) = Finding(RuleCatalog.Find("RL1007")!, "a.md", text, "YOU MUST\r\nREAD", fix: fix, arguments: "YOU MUST READ");
        using var log = Format(Report([finding], [], ("a.md", source)));
        var result = Run(log).GetProperty("results")[0];
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32())
            .ShouldBe((2, 1, 3, 5));
        region.GetProperty("snippet").GetProperty("text").GetString().ShouldBe("YOU MUST\r\nREAD");
        var context = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("contextRegion");
        context.GetProperty("snippet").GetProperty("text").GetString().ShouldBe("YOU MUST\r\nREAD THIS.");
        var fixJson = result.GetProperty("fixes")[0];
        fixJson.GetProperty("description").GetProperty("text").GetString().ShouldBe("Write it in sentence case");
        var replacements = fixJson.GetProperty("artifactChanges")[0].GetProperty("replacements").EnumerateArray().ToList();
        replacements.Count.ShouldBe(2);
        var first = replacements[0].GetProperty("deletedRegion");
        (first.GetProperty("startLine").GetInt32(), first.GetProperty("startColumn").GetInt32(), first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32(), first.GetProperty("charOffset").GetInt32(), first.GetProperty("charLength").GetInt32())
            .ShouldBe((2, 1, 3, 5, 11, 14));
        var insertion = replacements[1].GetProperty("deletedRegion");
        (insertion.GetProperty("startLine").GetInt32(), insertion.GetProperty("startColumn").GetInt32(), insertion.GetProperty("endColumn").GetInt32(), insertion.GetProperty("charLength").GetInt32())
            .ShouldBe((4, 1, 1, 0));
        replacements[1].GetProperty("insertedContent").GetProperty("text").GetString().ShouldBe("Thanks.\r\n");
    }

    [Fact]
    public void Columns_count_utf16_code_units_and_a_half_character_never_reaches_the_json()
    {
        const string text = "😀 We value your business.\n";
        var (source, finding) = Finding(RuleCatalog.Find("RL1004")!, "a.md", text, "We value your business", arguments: "We value your business");
        var broken = new Diagnostic(PluginRule, Location.Create("a.md", source, new TextSpan(3, 2)), DiagnosticSeverity.Warning, "'\uD83D' is jargon; say it plainly.", ["\uD83D"], null);
        using var log = Format(Report([broken, finding], [], ("a.md", source)));
        var results = Run(log).GetProperty("results").EnumerateArray().ToList();
        var region = results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        region.GetProperty("startColumn").GetInt32().ShouldBe(4); // the emoji is two UTF-16 code units, then a space
        region.GetProperty("charOffset").GetInt32().ShouldBe(3);
        results[0].GetProperty("message").GetProperty("text").GetString().ShouldBe("'\uFFFD' is jargon; say it plainly.");
        results[0].GetProperty("message").GetProperty("arguments")[0].GetString().ShouldBe("\uFFFD");
    }

    [Fact]
    public void A_finding_that_covers_its_whole_line_gets_the_lines_around_it_as_context()
    {
        const string text = "Hi Sam,\nPlease do not hesitate to contact us.\nBye.";
        var (source, finding) = Finding(RuleCatalog.Find("RL1004")!, "a.md", text, "Please do not hesitate to contact us.", arguments: "Please do not hesitate to contact us.");
        using var log = Format(Report([finding], [], ("a.md", source)));
        var context = Run(log).GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("contextRegion");
        context.GetProperty("snippet").GetProperty("text").GetString().ShouldBe(text);
        (context.GetProperty("startLine").GetInt32(), context.GetProperty("endLine").GetInt32()).ShouldBe((1, 3));
    }

    [Fact]
    public void A_finding_that_covers_the_whole_file_has_no_context_region()
    {
        const string text = "Please do not hesitate to contact us.";
        var (source, finding) = Finding(RuleCatalog.Find("RL1004")!, "a.md", text, text, arguments: text);
        using var log = Format(Report([finding], [], ("a.md", source)));
        Run(log).GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("contextRegion", out _).ShouldBeFalse();
    }

    [Fact]
    public void Artifacts_record_their_encoding_byte_length_and_language()
    {
        var utf16 = new SourceText("Hi.\n", new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: true), hasByteOrderMark: true);
        var utf8Bom = new SourceText("Ça va.\n", new System.Text.UTF8Encoding(true), hasByteOrderMark: true);
        using var log = Format(Report([], [], ("a.txt", utf16), ("b.md", utf8Bom), ("c.html", new SourceText("<p>Hi.</p>\n"))));
        var artifacts = Run(log).GetProperty("artifacts").EnumerateArray().ToList();
        artifacts[2].GetProperty("sourceLanguage").GetString().ShouldBe("html");
        artifacts[0].GetProperty("encoding").GetString().ShouldBe("utf-16be");
        artifacts[0].GetProperty("length").GetInt32().ShouldBe(10);
        artifacts[0].GetProperty("sourceLanguage").GetString().ShouldBe("plaintext");
        artifacts[1].GetProperty("encoding").GetString().ShouldBe("utf-8");
        artifacts[1].GetProperty("length").GetInt32().ShouldBe(11);
        artifacts[1].GetProperty("sourceLanguage").GetString().ShouldBe("markdown");
    }

    [Fact]
    public void Every_rule_carries_what_github_shows()
    {
        using var log = Format(Report([], []));
        var rules = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Count.ShouldBe(RuleCatalog.Descriptors.Length);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            var descriptor = RuleCatalog.Find(id)!;
            rule.GetProperty("name").GetString().ShouldBe(SarifFormatter.PascalName(descriptor.Name));
            rule.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe(descriptor.Title + ".");
            rule.GetProperty("fullDescription").GetProperty("text").GetString().ShouldBe(descriptor.Description);
            rule.GetProperty("helpUri").GetString().ShouldBe(HelpLinks.ForRule(id).AbsoluteUri);
            var help = rule.GetProperty("help");
            help.GetProperty("markdown").GetString()!.ShouldStartWith($"# {id}: {descriptor.Name}\n");
            help.GetProperty("text").GetString()!.ShouldStartWith($"{id}: {descriptor.Name}\n");
            BoldMarkup().IsMatch(help.GetProperty("text").GetString()!).ShouldBeFalse();
            help.GetProperty("text").GetString()!.ShouldNotContain("|---");
            var properties = rule.GetProperty("properties");
            properties.GetProperty("category").GetString().ShouldBe(descriptor.Category);
            properties.GetProperty("kebabName").GetString().ShouldBe(descriptor.Name);
            properties.GetProperty("tags")[0].GetString().ShouldBe(descriptor.Category.ToLowerInvariant());
            properties.GetProperty("tags").EnumerateArray().Select(static t => t.GetString()).ShouldContain(descriptor.Name);
            properties.GetProperty("precision").GetString().ShouldBeOneOf("very-high", "high", "medium");
            rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe(SarifFormatter.LevelOf(descriptor.DefaultSeverity));
        }
    }

    [Fact]
    public void Version_control_provenance_comes_from_the_project_root_and_the_snapshot_scrubber_removes_it()
    {
        using var folder = new TempFolder();
        folder.Write(".git/HEAD", "ref: refs/heads/main\n");
        folder.Write(".git/refs/heads/main", "0123456789abcdef0123456789abcdef01234567\n");
        folder.Write(".git/config", "[remote \"origin\"]\n\turl = https://token@example.com/replies.git\n");
        var writer = new StringWriter();
        new SarifFormatter().Write(Report([], []) with { ProjectRoot = folder.Path, WorkingDirectory = folder.Path }, writer);
        using (var log = writer.ToString().ShouldBeValidSarif())
        {
            var provenance = Run(log).GetProperty("versionControlProvenance")[0];
            provenance.GetProperty("repositoryUri").GetString().ShouldBe("https://example.com/replies.git");
            provenance.GetProperty("revisionId").GetString().ShouldBe("0123456789abcdef0123456789abcdef01234567");
            provenance.GetProperty("branch").GetString().ShouldBe("main");
            provenance.GetProperty("mappedTo").GetProperty("uriBaseId").GetString().ShouldBe("%SRCROOT%");
        }

        var scrubbed = SarifValidation.Scrub(writer.ToString(), folder.Path);
        scrubbed.ShouldNotContain("versionControlProvenance");
        scrubbed.ShouldNotContain(folder.Path);
        using var scrubbedLog = scrubbed.ShouldBeValidSarif();
    }

    [Fact]
    public void Every_built_in_message_format_goes_in_message_strings_except_the_fragment_built_ones()
    {
        // RL0003, RL2006, RL3001, RL3002 and RL3003 assemble their advice from sentence fragments the rule chooses;
        // quoting those would read badly, so their findings carry message text only.
        RuleCatalog.Descriptors.Where(static d => !SarifFormatter.IsTemplatable(d.MessageFormat)).Select(static d => d.Id)
            .ShouldBe(["RL0003", "RL2006", "RL3001", "RL3002", "RL3003"]);
    }

    [GeneratedRegex(@"\*\*\w")]
    private static partial Regex BoldMarkup();

    [Theory]
    [InlineData("blaming-wording", "BlamingWording")]
    [InlineData("too-long-for-channel", "TooLongForChannel")]
    [InlineData("shouting", "Shouting")]
    public void Names_are_pascal_case(string kebab, string pascal) => SarifFormatter.PascalName(kebab).ShouldBe(pascal);

    [Theory]
    [InlineData("'{0}' reads as a script.", true)]
    [InlineData("'{0}' runs to '{1}' words.", true)]
    [InlineData("'{0}' runs to {1} words.", false)]
    [InlineData("{0}.", false)]
    [InlineData("No dynamic content.", false)]
    [InlineData("'{0}' has no period", false)]
    [InlineData("'{0:N2}' is formatted.", false)]
    public void A_format_is_templatable_only_with_quoted_plain_placeholders(string format, bool templatable) =>
        SarifFormatter.IsTemplatable(format).ShouldBe(templatable);
}
