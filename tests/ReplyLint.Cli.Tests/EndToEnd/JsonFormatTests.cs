using System.Text.Json;
using System.Text.RegularExpressions;
using ReplyLint.Cli.Formatters;
using ReplyLint.Diagnostics;
using ReplyLint.Text;

namespace ReplyLint.Cli.Tests.EndToEnd;

[Collection(CliTests.Name)]
public sealed partial class JsonFormatTests
{
    [Fact]
    public async Task The_sample_library_as_json_matches_the_snapshot_and_the_schema()
    {
        var outcome = await CliRunner.RunAsync(["templates-sample", "--format", "json"]);
        outcome.Stderr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(1);
        (await JsonSchemaCheck.ErrorsAsync(outcome.Stdout)).ShouldBeEmpty();
        using var json = JsonDocument.Parse(outcome.Stdout);
        json.RootElement.GetProperty("tool").GetProperty("version").GetString().ShouldBe(JsonFormatter.ToolVersion);
        json.RootElement.GetProperty("summary").GetProperty("files").GetInt32().ShouldBe(json.RootElement.GetProperty("files").GetArrayLength());
        ToolVersion().Replace(outcome.Stdout, "$1\"<version>\"")
            .ShouldMatchApproved(c => c.SubFolder("approved").WithDiscriminator("json").WithFileExtension(".json").NoDiff());
    }

    [Fact]
    public async Task Json_output_is_the_same_whatever_the_parallelism()
    {
        var serial = await CliRunner.RunAsync(["templates-sample", "--format", "json", "--jobs", "1"]);
        var parallel = await CliRunner.RunAsync(["templates-sample", "--format", "json", "--jobs", "8"]);
        parallel.Stdout.ShouldBe(serial.Stdout);
    }

    [Fact]
    public async Task A_run_with_no_findings_is_a_valid_report_with_empty_diagnostics()
    {
        var outcome = await CliRunner.RunAsync(["templates-sample/clean", "--format", "json"]);
        outcome.ExitCode.ShouldBe(0);
        (await JsonSchemaCheck.ErrorsAsync(outcome.Stdout)).ShouldBeEmpty();
        using var json = JsonDocument.Parse(outcome.Stdout);
        json.RootElement.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("summary").GetProperty("files").GetInt32().ShouldBe(9);
    }

    [Theory]
    [InlineData("""{"version": 2, "tool": {"name": "replylint", "version": "1"}, "summary": {"files": 0, "errors": 0, "warnings": 0, "suggestions": 0}, "files": [], "diagnostics": []}""")]
    [InlineData("""{"version": 1, "tool": {"name": "replylint", "version": "1"}, "summary": {"files": 0, "errors": 0, "warnings": 0, "suggestions": 0}, "files": [], "diagnostics": [], "extra": true}""")]
    [InlineData("""{"version": 1, "tool": {"name": "replylint", "version": "1"}, "summary": {"files": 1, "errors": 0, "warnings": 0, "suggestions": 0}, "files": ["a.md"], "diagnostics": [{"path": "a.md", "line": 0, "column": 1, "endLine": 1, "endColumn": 1, "offset": 0, "length": 0, "ruleId": "RL1", "ruleName": "r", "severity": "warning", "message": "m", "helpUri": null, "fingerprint": "00000000000000000000000000000000", "fix": null}]}""")]
    [InlineData("""{"version": 1, "tool": {"name": "replylint", "version": "1"}, "summary": {"files": 1, "errors": 0, "warnings": 0, "suggestions": 0}, "files": ["a.md"], "diagnostics": [{"path": "a.md", "line": 1, "column": 1, "endLine": 1, "endColumn": 1, "offset": 0, "length": 0, "ruleId": "RL1", "ruleName": "r", "severity": "fatal", "message": "m", "helpUri": null, "fingerprint": "00000000000000000000000000000000", "fix": null}]}""")]
    [InlineData("""{"version": 1, "tool": {"name": "replylint", "version": "1"}, "summary": {"files": 1, "errors": 0, "warnings": 0, "suggestions": 0}, "files": ["a.md"], "diagnostics": [{"path": "a.md", "line": 1, "column": 1, "endLine": 1, "endColumn": 1, "offset": 0, "length": 0, "ruleId": "RL1", "ruleName": "r", "severity": "warning", "message": "m", "helpUri": null, "fix": null}]}""")]
    [InlineData("""{"version": 1, "tool": {"name": "replylint", "version": "1"}, "summary": {"files": 1, "errors": 0, "warnings": 0, "suggestions": 0}, "files": ["a.md"], "diagnostics": [{"path": "a.md", "line": 1, "column": 1, "endLine": 1, "endColumn": 1, "offset": 0, "length": 0, "ruleId": "RL1", "ruleName": "r", "severity": "warning", "message": "m", "helpUri": null, "fingerprint": "00000000000000000000000000000000", "fix": {"title": "t", "edits": []}}]}""")]
    public async Task The_schema_check_rejects_reports_that_break_the_contract(string json) =>
        (await JsonSchemaCheck.ErrorsAsync(json)).ShouldNotBeEmpty();

    [Fact]
    public async Task Every_fix_in_the_sample_points_at_the_same_text_by_offset_and_by_line_and_column()
    {
        var outcome = await CliRunner.RunAsync(["templates-sample", "--format", "json"]);
        using var json = JsonDocument.Parse(outcome.Stdout);
        var fixes = 0;
        foreach (var diagnostic in json.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var path = diagnostic.GetProperty("path").GetString()!;
            var text = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, path));
            TextAt(text, diagnostic).ShouldBe(TextByLines(text, diagnostic), path);
            if (diagnostic.GetProperty("fix").ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            foreach (var edit in diagnostic.GetProperty("fix").GetProperty("edits").EnumerateArray())
            {
                TextAt(text, edit).ShouldBe(TextByLines(text, edit), path);
                edit.GetProperty("newText").GetString().ShouldNotBe(TextAt(text, edit));
                fixes++;
            }
        }

        fixes.ShouldBeGreaterThan(0); // the sample has fixable findings, so this test checks something
    }

    [Fact]
    public void A_fix_applied_from_its_edits_gives_the_fixed_text_even_after_crlf_and_astral_characters()
    {
        const string text = "Hi \U0001F600 there,\r\nWe apologize for any inconvenience.\r\nThanks\r\n";
        var start = text.IndexOf("We apologize", StringComparison.Ordinal);
        var span = new TextSpan(start, "We apologize for any inconvenience".Length);
        var fix = new Fix("Replace", [new TextEdit(new TextSpan(start, 2), "I"), new TextEdit(new TextSpan(start + 3, span.Length - 3), "am sorry for the trouble")]);
        var report = new ReportBuilder().File("a.md", text).Finding("a.md", span.Start, span.Length, fix: fix).Build();

        using var json = JsonDocument.Parse(ReportBuilder.Format(new JsonFormatter(), report));
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        diagnostic.GetProperty("line").GetInt32().ShouldBe(2);
        diagnostic.GetProperty("column").GetInt32().ShouldBe(1);
        diagnostic.GetProperty("endColumn").GetInt32().ShouldBe(35);
        var edits = diagnostic.GetProperty("fix").GetProperty("edits").EnumerateArray().ToList();
        edits.Count.ShouldBe(2);

        var byOffset = text;
        var byLines = text;
        foreach (var edit in edits.AsEnumerable().Reverse())
        {
            var newText = edit.GetProperty("newText").GetString()!;
            byOffset = byOffset.Remove(edit.GetProperty("offset").GetInt32(), edit.GetProperty("length").GetInt32()).Insert(edit.GetProperty("offset").GetInt32(), newText);
            var (from, to) = OffsetsByLines(byLines, edit);
            byLines = byLines[..from] + newText + byLines[to..];
        }

        byOffset.ShouldBe("Hi \U0001F600 there,\r\nI am sorry for the trouble.\r\nThanks\r\n");
        byLines.ShouldBe(byOffset);
    }

    [Theory]
    [InlineData("quote \" and 'single'")]
    [InlineData("back\\slash \\n \\u0041")]
    [InlineData("line\nbreak\r\nand\rreturn")]
    [InlineData("control \u0001\u0007\u001b[31m\u007f")]
    [InlineData("non-ASCII: caf\u00e9, \u65e5\u672c\u8a9e, \u05e9\u05dc\u05d5\u05dd, \U0001F600")]
    [InlineData("<script>alert('x')</script> & \u2028\u2029")]
    public async Task Hostile_paths_and_messages_stay_valid_json_and_decode_to_the_same_strings(string hostile)
    {
        var path = $"dir/{hostile}.md";
        var report = new ReportBuilder()
            .File(path, "Some text here.\n")
            .Finding(path, 0, 4, message: hostile, fix: new Fix(hostile, [new TextEdit(new TextSpan(0, 4), hostile)]))
            .Build();

        var output = ReportBuilder.Format(new JsonFormatter(), report);
        (await JsonSchemaCheck.ErrorsAsync(output)).ShouldBeEmpty();
        output.Split('\n').ShouldAllBe(line => line.All(c => c >= ' ' || c == '\n'), "no raw control character or line break inside a string");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("files")[0].GetString().ShouldBe(path);
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        diagnostic.GetProperty("path").GetString().ShouldBe(path);
        diagnostic.GetProperty("message").GetString().ShouldBe(hostile);
        diagnostic.GetProperty("fix").GetProperty("title").GetString().ShouldBe(hostile);
        diagnostic.GetProperty("fix").GetProperty("edits")[0].GetProperty("newText").GetString().ShouldBe(hostile);
    }

    [Fact]
    public async Task A_hostile_file_name_on_disk_is_reported_as_valid_json()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows forbids quotes, colons and control characters in file names.
        }

        using var folder = new TempFolder();
        const string name = "q\"uote,comma:colon%per cent \u00e9\U0001F600\u0001\nline.md";
        folder.Write(name, string.Empty);
        var outcome = await CliRunner.RunAsync([".", "--format", "json"], folder.Path);
        outcome.Stderr.ShouldBeEmpty();
        (await JsonSchemaCheck.ErrorsAsync(outcome.Stdout)).ShouldBeEmpty();
        using var json = JsonDocument.Parse(outcome.Stdout);
        json.RootElement.GetProperty("files")[0].GetString().ShouldBe(name);
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        diagnostic.GetProperty("path").GetString().ShouldBe(name);
        diagnostic.GetProperty("ruleId").GetString().ShouldBe("RL3005");
        diagnostic.GetProperty("message").GetString()!.ShouldContain(name);
    }

    [Fact]
    public void A_lone_surrogate_in_a_message_does_not_break_the_report()
    {
        var report = new ReportBuilder().File("a.md", "Some text.\n").Finding("a.md", 0, 4, message: "half \uD83D of an emoji").Build();
        using var json = JsonDocument.Parse(ReportBuilder.Format(new JsonFormatter(), report));
        json.RootElement.GetProperty("diagnostics")[0].GetProperty("message").GetString().ShouldBe("half \uFFFD of an emoji");
    }

    [Fact]
    public void A_rule_without_a_help_page_has_a_null_help_uri()
    {
        var rule = new DiagnosticDescriptor("ACME001", "internal-jargon", "Jargon", "'{0}' is jargon.", RuleCategories.Clarity, DiagnosticSeverity.Suggestion, true, "", null);
        var report = new ReportBuilder().File("a.md", "Per our RMA policy.\n").Finding("a.md", 8, 3, DiagnosticSeverity.Suggestion, rule: rule).Build();
        using var json = JsonDocument.Parse(ReportBuilder.Format(new JsonFormatter(), report));
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        diagnostic.GetProperty("helpUri").ValueKind.ShouldBe(JsonValueKind.Null);
        diagnostic.GetProperty("severity").GetString().ShouldBe("suggestion");
        diagnostic.GetProperty("ruleName").GetString().ShouldBe("internal-jargon");
    }

    private static string TextAt(string text, JsonElement position) =>
        text.Substring(position.GetProperty("offset").GetInt32(), position.GetProperty("length").GetInt32());

    private static string TextByLines(string text, JsonElement position)
    {
        var (from, to) = OffsetsByLines(text, position);
        return text[from..to];
    }

    /// <summary>Finds the offsets of a line/column range by counting line breaks, independently of the tool's line map.</summary>
    private static (int From, int To) OffsetsByLines(string text, JsonElement position)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lineStarts.Add(i + 1);
            }
        }

        var from = lineStarts[position.GetProperty("line").GetInt32() - 1] + position.GetProperty("column").GetInt32() - 1;
        var to = lineStarts[position.GetProperty("endLine").GetInt32() - 1] + position.GetProperty("endColumn").GetInt32() - 1;
        return (from, to);
    }

    [GeneratedRegex(@"(""name"": ""replylint"",\n    ""version"": )""[^""]*""")]
    private static partial Regex ToolVersion();
}
