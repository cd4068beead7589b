using System.Collections.Immutable;
using System.Text;
using ReplyLint.Analysis;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;

namespace ReplyLint.Core.Tests.Engine;

public sealed class BaselineTests : IDisposable
{
    private const string Fingerprint = "0123456789abcdef0123456789abcdef";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // ---- writing ----

    [Fact]
    public void The_file_is_sorted_JSON_with_one_finding_a_line_LF_and_a_final_newline()
    {
        var result = Lint(("b.md", "Calm down.\n"), ("a.md", "Hello.\n\nCalm down.\n\nYou failed to pay.\n"));

        var json = Baseline.Create(_folder.PathOf("baseline.json"), result).ToJson();

        json.ShouldBe(
            "{\n" +
            "  \"version\": 1,\n" +
            "  \"tool\": \"replylint\",\n" +
            "  \"findings\": [\n" +
            "    { \"path\": \"a.md\", \"ruleId\": \"TST1001\", \"fingerprint\": \"" + FingerprintOf(result, "a.md", "Calm down") + "\", \"line\": 3, \"message\": \"'Calm down' is a test phrase.\" },\n" +
            "    { \"path\": \"a.md\", \"ruleId\": \"TST1001\", \"fingerprint\": \"" + FingerprintOf(result, "a.md", "You failed to") + "\", \"line\": 5, \"message\": \"'You failed to' is a test phrase.\" },\n" +
            "    { \"path\": \"b.md\", \"ruleId\": \"TST1001\", \"fingerprint\": \"" + FingerprintOf(result, "b.md", "Calm down") + "\", \"line\": 1, \"message\": \"'Calm down' is a test phrase.\" }\n" +
            "  ]\n" +
            "}\n");
    }

    [Fact]
    public void Entries_on_one_line_are_ordered_by_fingerprint_whatever_the_column()
    {
        var result = Lint(("a.md", "You failed to pay. Calm down.\n"));

        var entries = Baseline.Create(_folder.PathOf("baseline.json"), result).Entries;

        entries.Select(static e => e.Fingerprint).ShouldBe(entries.Select(static e => e.Fingerprint).Order(StringComparer.Ordinal));
        entries.ShouldAllBe(static e => e.Line == 1);
    }

    [Fact]
    public void No_findings_give_an_empty_list()
    {
        var json = Baseline.Create(_folder.PathOf("baseline.json"), Lint(("a.md", "All good.\n"))).ToJson();

        json.ShouldBe("{\n  \"version\": 1,\n  \"tool\": \"replylint\",\n  \"findings\": []\n}\n");
    }

    [Fact]
    public void The_same_findings_give_the_same_bytes_whatever_the_parallelism_or_file_order()
    {
        (string, string)[] files = [("z.md", "Calm down.\n"), ("a.md", "You failed to. Calm down. You failed to.\n"), ("m/n.md", "calm DOWN\n")];

        var first = Baseline.Create(_folder.PathOf("baseline.json"), Lint(files)).ToJson();
        var second = Baseline.Create(_folder.PathOf("baseline.json"), Lint(jobs: 1, [.. files.Reverse()])).ToJson();

        second.ShouldBe(first);
    }

    [Fact]
    public void Quotes_and_non_ASCII_letters_stay_readable_and_control_characters_are_escaped()
    {
        var result = Lint(("café \"x\".md", "Calm\tdown, señor.\n"));

        var json = Baseline.Create(_folder.PathOf("baseline.json"), result).ToJson();

        json.ShouldContain("\"path\": \"café \\\"x\\\".md\"");
        json.ShouldContain("\"message\": \"'Calm\\tdown' is a test phrase.\"");
    }

    [Fact]
    public void What_is_written_reads_back_as_the_same_entries()
    {
        var baseline = Baseline.Create(_folder.PathOf("baseline.json"), Lint(("a.md", "You failed to. \"Calm down\", señor 😀.\n")));

        var read = Baseline.Parse(_folder.PathOf("baseline.json"), Encoding.UTF8.GetBytes(baseline.ToJson()));

        read.Entries.ShouldBe(baseline.Entries);
        read.ToJson().ShouldBe(baseline.ToJson());
    }

    [Fact]
    public void Paths_are_relative_to_the_baseline_folder_with_forward_slashes()
    {
        var result = Lint(("lib/replies/a.md", "Calm down.\n"));

        var baseline = Baseline.Create(_folder.PathOf("config/baseline.json"), result);

        baseline.Entries.Single().Path.ShouldBe("../lib/replies/a.md");
        baseline.Folder.ShouldBe(_folder.PathOf("config"));
    }

    // ---- matching ----

    [Fact]
    public void A_baselined_run_reports_nothing_and_keeps_the_findings_as_external_suppressions()
    {
        var result = Lint(("a.md", "You failed to pay.\n\nCalm down.\n"), ("b.md", "Calm down.\n"));
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("baseline.json"), result));

        var match = baseline.Apply(result, workingDirectory: _folder.Root);

        match.Result.Diagnostics.ShouldBeEmpty();
        match.Matched.ShouldBe(3);
        match.Stale.ShouldBeEmpty();
        match.Result.Suppressed.Length.ShouldBe(3);
        match.Result.Suppressed.ShouldAllBe(static d => d.Suppression!.Kind == SuppressionKind.External);
        match.Result.Suppressed[0].Suppression!.Justification.ShouldBe("Accepted in the baseline 'baseline.json'.");
        match.Result.Suppressed.Select(static d => d.Location.Path).ShouldBe(["a.md", "a.md", "b.md"]);
    }

    [Fact]
    public void A_new_finding_is_reported_and_keeps_the_fingerprint_it_has_without_the_baseline()
    {
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("baseline.json"), Lint(("a.md", "You failed to pay.\n"))));
        var result = Lint(("a.md", "You failed to pay.\n\nCalm down, please.\n"));

        var match = baseline.Apply(result, workingDirectory: _folder.Root);

        var reported = match.Result.Diagnostics.ShouldHaveSingleItem();
        reported.Arguments[0].ShouldBe("Calm down");
        FindingFingerprints.Compute(match.Result)[reported].ShouldBe(FindingFingerprints.Compute(result)[reported]);
    }

    [Fact]
    public void Lines_added_above_a_finding_do_not_make_it_new()
    {
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("baseline.json"), Lint(("a.md", "You failed to pay.\n"))));
        var moved = Lint(("a.md", "Hello,\n\nThanks for your patience.\n\nIt seems you FAILED\nto pay.\n"));

        var match = baseline.Apply(moved, workingDirectory: _folder.Root);

        moved.Diagnostics.Single().Location.LineSpan.Start.Line.ShouldBe(5);
        match.Result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void One_entry_absorbs_one_finding_so_the_same_sentence_twice_reports_the_second()
    {
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("baseline.json"), Lint(("a.md", "Calm down.\n"))));
        var twice = Lint(("a.md", "Calm down.\n\nReally, calm down.\n"));

        var match = baseline.Apply(twice, workingDirectory: _folder.Root);

        match.Matched.ShouldBe(1);
        match.Result.Diagnostics.ShouldHaveSingleItem().Location.LineSpan.Start.Line.ShouldBe(3);
    }

    [Fact]
    public void Two_identical_entries_absorb_one_finding_and_the_other_is_stale()
    {
        var result = Lint(("a.md", "Calm down.\n"));
        var entry = Baseline.Create(_folder.PathOf("baseline.json"), result).Entries.Single();
        var baseline = Parse(Json(entry, entry));

        var match = baseline.Apply(result, workingDirectory: _folder.Root);

        match.Matched.ShouldBe(1);
        match.Stale.ShouldBe([entry with { Message = "" }]);
        match.Result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RL0005");
    }

    [Fact]
    public void A_finding_matches_only_with_the_same_path_rule_and_fingerprint_and_line_and_message_do_not_matter()
    {
        var result = Lint(("a.md", "Calm down.\n"));
        var real = Baseline.Create(_folder.PathOf("baseline.json"), result).Entries.Single();

        Parse(Json(real with { Line = 40, Message = "old words" })).Apply(result, workingDirectory: _folder.Root).Matched.ShouldBe(1);
        Parse(Json(real with { Path = "b.md" })).Apply(result, workingDirectory: _folder.Root).Matched.ShouldBe(0);
        Parse(Json(real with { RuleId = "TST9999" })).Apply(result, workingDirectory: _folder.Root).Matched.ShouldBe(0);
        Parse(Json(real with { Fingerprint = Fingerprint })).Apply(result, workingDirectory: _folder.Root).Matched.ShouldBe(0);
    }

    [Fact]
    public void The_baseline_matches_whatever_folder_paths_are_displayed_from()
    {
        _folder.CreateFolder("config");
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("config/baseline.json"), Lint(("lib/a.md", "Calm down.\n"))));
        var file = new TemplateFile(_folder.PathOf("lib/a.md"), "a.md");
        var fromLib = new LintEngine([new TestPhraseAnalyzer()]).Lint([file]);

        var match = baseline.Apply(fromLib, workingDirectory: _folder.PathOf("lib"));

        match.Matched.ShouldBe(1);
        match.Result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_renamed_file_has_new_findings_and_its_old_entries_are_stale()
    {
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("baseline.json"), Lint(("old.md", "Calm down.\n"))));
        File.Move(_folder.PathOf("old.md"), _folder.PathOf("new.md"));

        var match = baseline.Apply(Lint(("new.md", "Calm down.\n")), workingDirectory: _folder.Root);

        match.Result.Diagnostics.Select(static d => $"{d.Location.Path} {d.Id}").ShouldBe(["baseline.json RL0005", "new.md TST1001"]);
        match.Stale.ShouldHaveSingleItem().Path.ShouldBe("old.md");
    }

    // ---- stale entries ----

    [Fact]
    public void Entries_of_a_linted_file_that_match_nothing_give_one_RL0005_at_the_first_of_them()
    {
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("baseline.json"), Lint(("a.md", "You failed to pay.\n\nCalm down.\n"), ("b.md", "Calm down.\n"))));

        var match = baseline.Apply(Lint(("a.md", "You paid.\n"), ("b.md", "Calm down.\n")), workingDirectory: _folder.Root);

        match.Stale.Select(static e => e.Path).ShouldBe(["a.md", "a.md"]);
        var firstEntry = File.ReadAllLines(_folder.PathOf("baseline.json"))[4];
        firstEntry.ShouldStartWith("    { \"path\": \"a.md\"");
        var stale = match.Result.Diagnostics.ShouldHaveSingleItem();
        stale.ToString().ShouldBe(
            $"baseline.json(5,5,5,{firstEntry.LastIndexOf('}') + 2}): suggestion RL0005: " +
            "Baseline entries that match no finding any more: '2' (the first is 'TST1001' in 'a.md'); run with --update-baseline to drop them.");
        stale.Descriptor.ShouldBeSameAs(ToolDiagnostics.StaleBaselineEntry);
        stale.Arguments.ShouldBe(["2", "TST1001", "a.md"]);
    }

    [Fact]
    public void Entries_of_files_the_run_did_not_lint_are_not_stale()
    {
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("baseline.json"), Lint(("one/a.md", "Calm down.\n"), ("two/b.md", "Calm down.\n"))));

        var match = baseline.Apply(Lint(("one/a.md", "Calm down.\n")), workingDirectory: _folder.Root);

        match.Stale.ShouldBeEmpty();
        match.Result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Entries_of_files_that_no_longer_exist_are_stale()
    {
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("baseline.json"), Lint(("one/a.md", "Calm down.\n"), ("two/b.md", "Calm down.\n"))));
        File.Delete(_folder.PathOf("two/b.md"));

        var match = baseline.Apply(Lint(("one/a.md", "Calm down.\n")), workingDirectory: _folder.Root);

        match.Stale.ShouldHaveSingleItem().Path.ShouldBe("two/b.md");
    }

    [Theory]
    [InlineData(DiagnosticSeverity.Warning, "warning")]
    [InlineData(DiagnosticSeverity.Error, "error")]
    public void RL0005_takes_the_severity_in_effect(DiagnosticSeverity severity, string word)
    {
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("baseline.json"), Lint(("a.md", "Calm down.\n"))));

        var match = baseline.Apply(Lint(("a.md", "Fine.\n")), severity, _folder.Root);

        match.Result.Diagnostics.ShouldHaveSingleItem().ToString().ShouldContain($"): {word} RL0005: ");
    }

    [Theory]
    [InlineData(DiagnosticSeverity.None)]
    [InlineData(DiagnosticSeverity.Silent)]
    public void RL0005_turned_off_reports_nothing_but_the_stale_entries_are_still_known(DiagnosticSeverity severity)
    {
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("baseline.json"), Lint(("a.md", "Calm down.\n"))));

        var match = baseline.Apply(Lint(("a.md", "Fine.\n")), severity, _folder.Root);

        match.Result.Diagnostics.ShouldBeEmpty();
        match.Stale.Length.ShouldBe(1);
    }

    [Fact]
    public void RL0005_joins_the_findings_in_report_order()
    {
        var baseline = RoundTrip(Baseline.Create(_folder.PathOf("m.json"), Lint(("a.md", "Calm down.\n"))));

        var match = baseline.Apply(Lint(("a.md", "You failed to.\n"), ("z.md", "Calm down.\n")), workingDirectory: _folder.Root);

        match.Result.Diagnostics.Select(static d => $"{d.Location.Path} {d.Id}").ShouldBe(["a.md TST1001", "m.json RL0005", "z.md TST1001"]);
    }

    // ---- updating ----

    [Fact]
    public void Updating_keeps_the_entries_of_files_the_run_did_not_lint_while_they_exist()
    {
        var previous = RoundTrip(Baseline.Create(_folder.PathOf("baseline.json"), Lint(("one/a.md", "Calm down.\n"), ("two/b.md", "Calm down.\n"), ("three/c.md", "Calm down.\n"))));
        File.Delete(_folder.PathOf("three/c.md"));

        var updated = Baseline.Create(_folder.PathOf("baseline.json"), Lint(("one/a.md", "You failed to.\n")), previous);

        updated.Entries.Select(static e => $"{e.Path} {e.Message}").ShouldBe(["one/a.md 'You failed to' is a test phrase.", "two/b.md 'Calm down' is a test phrase."]);
    }

    // ---- reading ----

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData(" \r\n\t", "the file is empty")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [\n    {\"path\": \"a.md\",, }\n  ]\n}\n", "invalid JSON at line 4, column 21: ',' is an invalid start of a property name")]
    [InlineData("{\"version\": 1, \"findings\": [\"é\" ,]}", "invalid JSON at line 1, column 34: The JSON array contains a trailing comma at the end which is not supported in this mode")]
    [InlineData("{\"version\": 1, \"findings\": [", "invalid JSON at line 1, column 29: Expected depth to be zero at the end of the JSON payload")]
    [InlineData("{\"version\": 1,", "invalid JSON at line 1, column 14: Expected start of a property name or value, but instead reached end of data")]
    [InlineData("{\"version\": 1, \"findings\": []} {}", "invalid JSON at line 1, column 32: '{' is invalid after a single JSON value")]
    [InlineData("{\"version\": 1, \"version\": 1, \"findings\": []}", "invalid JSON at line 1, column 1: Duplicate property 'version' encountered during deserialization")]
    [InlineData("[]", "the top level is a list, not an object with 'version' and 'findings'")]
    [InlineData("null", "the top level is null, not an object with 'version' and 'findings'")]
    [InlineData("{\"findings\": []}", "it has no 'version'")]
    [InlineData("{\"version\": \"1\", \"findings\": []}", "'version' is the string '1', not a number")]
    [InlineData("{\"version\": 2, \"findings\": []}", "it is version 2, and this ReplyLint reads version 1")]
    [InlineData("{\"version\": 1.5, \"findings\": []}", "it is version 1.5, and this ReplyLint reads version 1")]
    [InlineData("{\"version\": 1, \"tool\": \"eslint\", \"findings\": []}", "'tool' is the string 'eslint', not 'replylint'")]
    [InlineData("{\"version\": 1}", "it has no 'findings' list")]
    [InlineData("{\"version\": 1, \"findings\": {}}", "'findings' is an object, not a list")]
    [InlineData("{\n\"version\": 1,\n\"findings\": [\n7\n]}", "finding 1 (line 4) is the number 7, not an object")]
    [InlineData("{\"version\": 1, \"findings\": [{\"ruleId\": \"RL1001\", \"fingerprint\": \"x\"}]}", "finding 1 (line 1) has no 'path'")]
    [InlineData("{\"version\": 1, \"findings\": [{\"path\": 1, \"ruleId\": \"RL1001\", \"fingerprint\": \"x\"}]}", "finding 1 (line 1): 'path' is the number 1, not a string")]
    [InlineData("{\"version\": 1, \"findings\": [{\"path\": \"a.md\", \"ruleId\": true, \"fingerprint\": \"x\"}]}", "finding 1 (line 1): 'ruleId' is true, not a string")]
    [InlineData("{\"version\": 1, \"findings\": [{\"path\": \"a.md\", \"ruleId\": \"RL1001\", \"fingerprint\": \"\"}]}", "finding 1 (line 1): 'fingerprint' is empty")]
    [InlineData("{\"version\": 1, \"findings\": [{\"path\": \"a\\u0000.md\", \"ruleId\": \"RL1001\", \"fingerprint\": \"x\"}]}", "finding 1 (line 1): 'path' is not a valid name")]
    [InlineData("{\"version\": 1, \"findings\": [{\"path\": \"a.md\", \"ruleId\": \"RL1001\", \"fingerprint\": \"x\", \"line\": \"3\"}]}", "finding 1 (line 1): 'line' is the string '3', not a line number (a whole number, 0 when unknown)")]
    [InlineData("{\"version\": 1, \"findings\": [{\"path\": \"a.md\", \"ruleId\": \"RL1001\", \"fingerprint\": \"x\", \"line\": -2}]}", "finding 1 (line 1): 'line' is the number -2, not a line number (a whole number, 0 when unknown)")]
    [InlineData("{\"version\": 1, \"findings\": [{\"path\": \"a.md\", \"ruleId\": \"RL1001\", \"fingerprint\": \"x\", \"message\": []}]}", "finding 1 (line 1): 'message' is a list, not a string")]
    [InlineData("{\"version\": 1, \"findings\": [\n  {\"path\": \"a.md\", \"ruleId\": \"RL1001\", \"fingerprint\": \"x\"},\n  {\"path\": \"b.md\", \"fingerprint\": \"x\"}\n]}", "finding 2 (line 3) has no 'ruleId'")]
    public void A_malformed_baseline_says_what_is_wrong(string json, string expected)
    {
        var exception = Should.Throw<BaselineFormatException>(() => Parse(json));

        exception.Message.ShouldBe(expected);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x00, 0x7D }, "it is a binary file, not JSON text")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00 }, "it is UTF-16 text, and a baseline is UTF-8")]
    [InlineData(new byte[] { 0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D }, "it is not UTF-8 text")]
    public void A_binary_or_undecodable_baseline_says_so(byte[] bytes, string expected)
    {
        var exception = Should.Throw<BaselineFormatException>(() => Baseline.Parse(_folder.PathOf("baseline.json"), bytes));

        exception.Message.ShouldBe(expected);
    }

    [Fact]
    public void Unknown_properties_a_byte_order_mark_and_CRLF_line_endings_are_accepted_and_line_and_message_are_optional()
    {
        var json = "\uFEFF{\r\n  \"version\": 1, \"tool\": \"replylint\", \"note\": {\"any\": [1]},\r\n  \"findings\": [\r\n    {\"path\": \"a\\\\b.md\", \"ruleId\": \"RL1004\", \"fingerprint\": \"" + Fingerprint + "\", \"extra\": null}\r\n  ]\r\n}\r\n";

        var baseline = Baseline.Parse(_folder.PathOf("baseline.json"), Encoding.UTF8.GetBytes(json));

        baseline.Entries.ShouldBe([new BaselineEntry("a/b.md", "RL1004", Fingerprint, 0, "")]);
    }

    [Fact]
    public void Loading_a_missing_file_throws_FileNotFoundException()
    {
        Should.Throw<FileNotFoundException>(() => Baseline.Load(_folder.PathOf("nope.json")));
    }

    [Fact]
    public void Loading_a_folder_or_a_huge_file_says_what_is_wrong_without_reading_it()
    {
        _folder.CreateFolder("folder.json");
        using (var huge = File.Create(_folder.PathOf("huge.json")))
        {
            huge.SetLength(Baseline.MaxFileBytes + 1);
        }

        Should.Throw<BaselineFormatException>(() => Baseline.Load(_folder.PathOf("folder.json"))).Message.ShouldBe("it is a folder");
        Should.Throw<BaselineFormatException>(() => Baseline.Load(_folder.PathOf("huge.json"))).Message.ShouldBe("it is 64 MB, over the 64 MB limit for a baseline");
    }

    [Fact]
    public void Loading_reads_what_was_written()
    {
        var created = Baseline.Create(_folder.PathOf("baseline.json"), Lint(("a.md", "Calm down.\n")));
        File.WriteAllText(_folder.PathOf("baseline.json"), created.ToJson());

        Baseline.Load(_folder.PathOf("baseline.json")).Entries.ShouldBe(created.Entries);
    }

    // ---- helpers ----

    private LintResult Lint(params (string Path, string Text)[] files) => Lint(jobs: 2, files);

    private LintResult Lint(int jobs, params (string Path, string Text)[] files)
    {
        var templates = files.Select(f => new TemplateFile(_folder.Write(f.Path, f.Text), f.Path)).OrderBy(static f => f.DisplayPath, StringComparer.Ordinal).ToList();
        return new LintEngine([new TestPhraseAnalyzer()], new LintOptions { Jobs = jobs }).Lint(templates);
    }

    private static string FingerprintOf(LintResult result, string path, string phrase)
    {
        var fingerprints = FindingFingerprints.Compute(result);
        return fingerprints[result.Diagnostics.Single(d => d.Location.Path == path && d.Arguments[0] == phrase)].Stable;
    }

    // What a later run reads: the file's bytes, not the object that wrote them.
    private static Baseline RoundTrip(Baseline baseline)
    {
        File.WriteAllText(baseline.FullPath, baseline.ToJson());
        return Baseline.Load(baseline.FullPath);
    }

    private Baseline Parse(string json) => Baseline.Parse(_folder.PathOf("baseline.json"), Encoding.UTF8.GetBytes(json));

    private static string Json(params BaselineEntry[] entries)
    {
        var lines = entries.Select(static e => $"{{\"path\": \"{e.Path}\", \"ruleId\": \"{e.RuleId}\", \"fingerprint\": \"{e.Fingerprint}\", \"line\": {e.Line}, \"message\": \"\"}}");
        return "{\"version\": 1, \"findings\": [\n" + string.Join(",\n", lines) + "\n]}";
    }

    private sealed class TestPhraseAnalyzer : ReplyAnalyzer
    {
        private static readonly PhraseList Phrases = PhraseList.FromYaml("phrases:\n  - you failed to\n  - calm down\n", "test.yaml");

        public static readonly DiagnosticDescriptor Descriptor =
            new("TST1001", "test-phrase", "A test rule", "'{0}' is a test phrase.", RuleCategories.Tone, DiagnosticSeverity.Warning, true, "For the baseline tests.", null);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterPhrases(Phrases, static match => match.Report(Descriptor));
    }
}
