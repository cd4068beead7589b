using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ReplyLint.Analysis;
using ReplyLint.Core.Tests.Engine;
using ReplyLint.Core.Tests.Suppressions;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Exports;

public sealed class ZendeskExportTests : IDisposable
{
    // A list page as the API returns it (written for these tests): a plain reply, the older channel form, an HTML reply
    // with a subject, a macro that only sets fields, and an inactive one.
    internal const string ListPage = """
        {
          "macros": [
            {
              "id": 101,
              "title": "Shipping::Delay",
              "active": true,
              "actions": [
                { "field": "status", "value": "pending" },
                { "field": "comment_value", "value": "Hi {{ticket.requester.first_name}},\nwe apologize for the delay." }
              ]
            },
            {
              "id": 102,
              "title": "Internal::Escalate",
              "actions": [
                { "field": "comment_mode_is_public", "value": "false" },
                { "field": "comment_value", "value": ["channel:all", "Escalating: we apologize, missing invoice."] }
              ]
            },
            {
              "id": 103,
              "title": "Billing::Refund::Approved",
              "actions": [
                { "field": "subject", "value": "Your refund, we apologize" },
                { "field": "comment_value_html", "value": "<p>Your refund is on its way.</p>" }
              ]
            },
            { "id": 104, "title": "Close", "actions": [ { "field": "status", "value": "solved" } ] },
            { "id": 105, "title": "Old", "active": false, "actions": [ { "field": "comment_value", "value": "we apologize" } ] }
          ],
          "next_page": null,
          "count": 5
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private TemplateFile Write(string relativePath, string text, bool isExplicit = true) =>
        new(_folder.Write(relativePath, text), relativePath) { IsExplicit = isExplicit };

    private static LintEngine Engine(LintOptions? options = null, params ReplyAnalyzer[] analyzers) =>
        new(analyzers.Length == 0 ? [new ExportTestRules.SorryAnalyzer(), new ExportTestRules.WholeAnalyzer()] : analyzers, options ?? new LintOptions { Jobs = 2 });

    private static string[] Lines(LintResult result) => [.. result.Diagnostics.Select(static d => d.ToString())];

    /// <summary>Where the <paramref name="occurrence"/>th <paramref name="needle"/> is in <paramref name="text"/>, as the
    /// text format prints it; <paramref name="empty"/> for a zero-width finding at its start.</summary>
    internal static string At(string text, string needle, int occurrence = 1, bool empty = false)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            index.ShouldBeGreaterThanOrEqualTo(0, $"'{needle}' occurs fewer than {occurrence} times");
        }

        var source = new SourceText(text);
        return source.GetLinePositionSpan(new TextSpan(index, empty ? 0 : needle.Length)).ToString();
    }

    [Fact]
    public void A_list_page_gives_one_template_per_macro_with_its_findings_where_they_are_in_the_file()
    {
        var file = Write("exports/macros.json", ListPage);
        var result = Engine().Lint([file]);

        Lines(result).ShouldBe([
            $"exports/macros.json({At(ListPage, "we apologize", 1)}): warning TST6002: 'we apologize' is a test finding.",
            $"exports/macros.json({At(ListPage, "we apologize", 3)}): warning TST6002: 'we apologize' is a test finding.",
        ]);
        At(ListPage, "we apologize", 1).ShouldBe("9,84,9,96");
        result.Files.ShouldBe([file]);
        result.Sources.Keys.ShouldBe(["exports/macros.json"]);
        result.Sources["exports/macros.json"].Text.ShouldBe(ListPage);
    }

    [Fact]
    public void The_file_text_at_every_finding_is_the_word_the_rule_saw_through_every_escape()
    {
        const string body = @"Hi {{ticket.requester.first_name}},\n\u00c9milie \""Nord\"" \/ caf\u00e9 \ud83d\ude00 ok\u200dthen\r\n\tdone \\ end";
        var json = "\uFEFF{\r\n  \"macro\": {\r\n    \"id\": 7, \"title\": \"😀 Émoji first\",\r\n    \"actions\": [{\"field\": \"comment_value\", \"value\": \"" + body + "\"}]\r\n  }\r\n}\r\n";
        var path = _folder.Write("one.json", Encoding.UTF8.GetBytes(json));
        var result = Engine(null, new ExportTestRules.WordAnalyzer()).Lint([new TemplateFile(path, "one.json")]);

        var words = result.Diagnostics.Where(static d => d.Id == "TST6001").ToList();
        words.Select(static w => w.Arguments[0]).ShouldBe(["Hi", "Émilie", "Nord", "café", "ok", "then", "done", "end"], ignoreOrder: true);
        var source = result.Sources["one.json"];
        foreach (var word in words)
        {
            JsonDataReaderTests.JsonSlice(source.Text, word.Location.Span).ShouldBe(word.Arguments[0]);
            word.Location.LineSpan.ShouldBe(source.GetLinePositionSpan(word.Location.Span));
            word.Location.LineSpan.Start.Line.ShouldBe(4);
        }

        // "Émilie" comes after "\n" and a 6-character escape: it is where an editor shows it, not at its decoded index.
        var emilie = words.Single(static w => w.Arguments[0] == "Émilie");
        source.ToString(emilie.Location.Span).ShouldBe(@"\u00c9milie");
        emilie.Location.LineSpan.Start.Column.ShouldBe(json.Split("\r\n")[3].IndexOf(@"\u00c9milie", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void An_HTML_body_maps_through_its_tags_and_entities_and_then_through_the_JSON_escapes()
    {
        const string html = @"<p>Caf&eacute; \u00e9 &amp; more,</p><p class=\""note\"">sorry:\nwe&nbsp;apologize</p><p>we apologize</p>";
        var json = "{\"id\": 3, \"title\": \"H\", \"actions\": [{\"field\": \"comment_value_html\", \"value\": \"" + html + "\"}]}";
        var result = Engine(null, new ExportTestRules.WordAnalyzer(), new ExportTestRules.SorryAnalyzer()).Lint([Write("h.json", json)]);
        var source = result.Sources["h.json"];

        // Each word's span holds the HTML it was read from (an entity and all), written in the file as JSON.
        var words = result.Diagnostics.Where(static d => d.Id == "TST6001").ToList();
        words.Select(w => JsonDataReaderTests.JsonSlice(source.Text, w.Location.Span)).ShouldBe(words.Select(static w => w.Arguments[0]));
        words.Select(static w => w.Arguments[0]).ShouldContain("Caf&eacute;");
        words.Select(static w => w.Arguments[0]).ShouldNotContain("class");

        var sorry = result.Diagnostics.Where(static d => d.Id == "TST6002").ToList();
        sorry.Count.ShouldBe(2);
        source.ToString(sorry[0].Location.Span).ShouldBe("we&nbsp;apologize");
        sorry[1].Location.LineSpan.ToString().ShouldBe(At(json, "we apologize"));
    }

    [Theory]
    [InlineData("{\"macro\": {\"id\": 1, \"title\": \"T\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"we apologize\"}]}}")]
    [InlineData("{\"id\": 1, \"title\": \"T\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"we apologize\"}]}")]
    [InlineData("[{\"id\": 1, \"actions\": [{\"field\": \"comment_value\", \"value\": \"we apologize\"}]}]")]
    [InlineData("[{\"field\": \"comment_value\", \"value\": \"we apologize\"}]")]
    public void Every_shape_of_a_Zendesk_export_is_read(string json)
    {
        var result = Engine().Lint([Write("m.json", json)]);
        Lines(result).ShouldBe([$"m.json({At(json, "we apologize")}): warning TST6002: 'we apologize' is a test finding."]);
    }

    [Fact]
    public void An_internal_note_has_the_customer_tone_rules_off_unless_configuration_names_them()
    {
        var file = Write("macros.json", ListPage);
        var quiet = Engine().Lint([file]);
        quiet.Diagnostics.Length.ShouldBe(2);
        Lines(quiet).ShouldNotContain(line => line.Contains($"({At(ListPage, "we apologize", 2)})", StringComparison.Ordinal));

        var configured = Engine(new LintOptions
        {
            Jobs = 1,
            Severities = ImmutableDictionary<string, DiagnosticSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase).Add("test-sorry", DiagnosticSeverity.Error),
        }).Lint([file]);
        Lines(configured).ShouldContain($"macros.json({At(ListPage, "we apologize", 2)}): error TST6002: 'we apologize' is a test finding.");
    }

    [Fact]
    public void Inactive_macros_are_skipped_unless_asked_for()
    {
        var file = Write("macros.json", ListPage);
        var inactive = $"macros.json({At(ListPage, "we apologize", 4)}): warning TST6002: 'we apologize' is a test finding.";
        Lines(Engine().Lint([file])).ShouldNotContain(inactive);
        Lines(Engine(new LintOptions { IncludeInactive = true }).Lint([file])).ShouldContain(inactive);
    }

    [Fact]
    public void The_subject_is_the_template_s_heading_and_its_findings_point_into_the_subject_value()
    {
        var file = Write("macros.json", ListPage);
        var result = Engine(null, new ExportTestRules.HeadingAnalyzer(), new ExportTestRules.SorryAnalyzer()).Lint([file]);

        Lines(result).ShouldContain($"macros.json({At(ListPage, "Your refund, we apologize")}): warning TST6004: 'Your refund, we apologize|Billing::Refund::Approved|zendesk' is a test finding.");
        Lines(result).ShouldContain($"macros.json({At(ListPage, "we apologize", 3)}): warning TST6002: 'we apologize' is a test finding.");
    }

    [Fact]
    public void A_finding_about_the_whole_template_is_at_the_start_of_its_body_value()
    {
        const string json = "{\n  \"id\": 5,\n  \"title\": \"Invoice\",\n  \"actions\": [\n    {\"field\": \"comment_value\", \"value\": \"The invoice is missing.\"}\n  ]\n}\n";
        var result = Engine().Lint([Write("invoice.json", json)]);

        Lines(result).ShouldBe([$"invoice.json({At(json, "The invoice", empty: true)}): warning TST6003: 'missing' is a test finding."]);
        At(json, "The invoice", empty: true).ShouldBe("5,42,5,42");
    }

    [Fact]
    public void Templates_of_one_export_are_compared_with_each_other_and_named_by_id()
    {
        const string json = """
            {"macros": [
              {"id": 1, "title": "A", "actions": [{"field": "comment_value", "value": "Thanks for waiting."}]},
              {"id": 2, "title": "B", "actions": [{"field": "comment_value", "value": "Thanks for waiting."}]}
            ]}
            """;
        var result = Engine(null, TestRules.All[4]).Lint([Write("exports/dup.json", json)]);

        Lines(result).ShouldBe([$"exports/dup.json({At(json, "Thanks", 2, empty: true)}): warning TST5005: 'exports/dup.json#1' is a test finding."]);
    }

    [Fact]
    public void An_inline_directive_inside_a_body_hides_a_finding_there()
    {
        const string json = "{\"id\": 1, \"title\": \"T\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"<!-- replylint-disable-next-line TST6002 -->\\nwe apologize\\n\\nwe apologize\"}]}";
        var result = Engine().Lint([Write("m.json", json)]);

        result.Diagnostics.Length.ShouldBe(1);
        result.Suppressed.Length.ShouldBe(1);
        result.Suppressed[0].Location.Path.ShouldBe("m.json");
        result.Suppressed[0].Location.Span.Start.ShouldBeLessThan(result.Diagnostics[0].Location.Span.Start);
    }

    [Fact]
    public void A_fix_moves_into_the_file_re_escaped_and_applying_it_keeps_the_export_valid()
    {
        const string json = "{\"id\": 1, \"title\": \"T\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"Hello,\\nwe apologize for it.\"}]}";
        var result = Engine().Lint([Write("m.json", json)]);

        var fix = result.Diagnostics.Single().Fix.ShouldNotBeNull();
        var edit = fix.Edits.Single();
        json.Substring(edit.Span.Start, edit.Span.Length).ShouldBe("we apologize");
        edit.NewText.ShouldBe("we are \\\"truly\\\" sorry");

        var fixedJson = json.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        using var document = JsonDocument.Parse(fixedJson);
        document.RootElement.GetProperty("actions")[0].GetProperty("value").GetString().ShouldBe("Hello,\nwe are \"truly\" sorry for it.");
    }

    [Fact]
    public void A_fix_whose_span_crosses_an_escape_is_dropped_and_the_finding_kept()
    {
        const string json = "{\"id\": 1, \"title\": \"T\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"we\\u0020apologize\"}]}";
        var finding = Engine().Lint([Write("m.json", json)]).Diagnostics.Single();

        finding.Fix.ShouldBeNull();
        json.Substring(finding.Location.Span.Start, finding.Location.Span.Length).ShouldBe("we\\u0020apologize");
    }

    [Theory]
    [InlineData("{\n  \"macros\": [\n    {\"id\": 1, \"title\": \"T\",\n", 4, 1, "it is not valid JSON at line 4, column 1: ")]
    [InlineData("{\"macros\": {\"id\": 1}, \"next_page\": null}", 1, 12, "'macros' is an object; expected a list of macros")]
    [InlineData("{\"macros\": [{\"id\": 1, \"title\": \"T\", \"actions\": \"reply\"}]}", 1, 48, "'actions' of macro '1' is a string; expected a list of actions")]
    [InlineData("{\"macros\": [{\"id\": 1, \"title\": \"T\", \"actions\": [\"reply\"]}]}", 1, 49, "an action of macro '1' is a string; expected an object with 'field' and 'value'")]
    [InlineData("{\"id\": 9, \"title\": \"T\", \"actions\": [{\"field\": \"comment_value\", \"value\": 42}]}", 1, 73, "'comment_value' of macro '9' is a number; expected a string")]
    [InlineData("{\"id\": 9, \"title\": \"T\", \"actions\": [{\"field\": \"comment_value\", \"value\": [\"a\", \"b\", \"c\"]}]}", 1, 73, "expected a string, or a list such as")]
    public void A_broken_export_is_RL0002_at_the_place_of_the_problem_and_the_other_files_are_still_linted(string json, int line, int column, string problem)
    {
        var broken = Write("broken.json", json, isExplicit: false);
        var good = Write("good.json", "{\"id\": 1, \"title\": \"T\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"we apologize\"}]}", isExplicit: false);
        var result = Engine().Lint([broken, good]);

        var unreadable = result.Diagnostics.Single(static d => d.Id == "RL0002");
        unreadable.Location.Path.ShouldBe("broken.json");
        unreadable.Location.LineSpan.Start.ShouldBe(new LinePosition(line, column));
        unreadable.Message.ShouldContain(problem);
        result.Diagnostics.ShouldContain(static d => d.Location.Path == "good.json" && d.Id == "TST6002");
        result.Sources.Keys.ShouldBe(["broken.json", "good.json"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("{\"title\": \"Editor\", \"actions\": {\"save\": \"ctrl+s\"}}")]
    [InlineData("{\"title\": \"Pipeline\", \"actions\": [\"build\", \"test\"]}")]
    [InlineData("{\"macros\": {\"paste\": \"ctrl+v\"}}")]
    [InlineData("[{\"name\": \"deploy\", \"actions\": [{\"run\": \"make\"}]}]")]
    public void Other_JSON_with_the_same_keys_found_in_a_folder_is_passed_over(string json)
    {
        var result = Engine().Lint([Write("settings.json", json, isExplicit: false)]);
        result.Diagnostics.ShouldBeEmpty();
        result.Files.ShouldBeEmpty();
    }

    [Fact]
    public void A_data_file_of_no_export_shape_found_in_a_folder_is_passed_over_but_named_alone_is_RL0002()
    {
        const string package = "{\"name\": \"acme-replies\", \"version\": \"1.0.0\", \"scripts\": {\"lint\": \"replylint .\"}}";
        var found = Write("package.json", package, isExplicit: false);
        var broken = Write("tsconfig.json", "{ \"compilerOptions\": { ", isExplicit: false);
        var quiet = Engine().Lint([found, broken]);
        quiet.Diagnostics.ShouldBeEmpty();
        quiet.Files.ShouldBeEmpty();

        var named = Engine().Lint([found with { IsExplicit = true }]);
        var diagnostic = named.Diagnostics.ShouldHaveSingleItem();
        diagnostic.ToString().ShouldBe("package.json(1,1,1,1): error RL0002: The file was not linted: 'it is JSON but not a known export (Zendesk macros, a template bundle, a help-desk listing, or a 'formats:' mapping in .replylint.yaml)'.");
        named.Files.ShouldBe([found with { IsExplicit = true }]);
    }

    [Fact]
    public void Output_is_the_same_whatever_the_parallelism()
    {
        var files = Enumerable.Range(0, 6).Select(i => Write($"m{i}.json", ListPage)).ToList();
        var serial = Lines(Engine(new LintOptions { Jobs = 1 }).Lint(files));
        var parallel = Lines(Engine(new LintOptions { Jobs = 8 }).Lint(files));
        parallel.ShouldBe(serial);
        serial.Length.ShouldBe(12);
    }
}
