using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReplyLint.Cli.Commands;
using ReplyLint.Cli.Formatters;

namespace ReplyLint.Cli.Tests.EndToEnd;

[Collection(CliTests.Name)]
public sealed partial class SarifOutputTests
{
    private static async Task<(CliOutcome Outcome, JsonDocument Log)> RunSarifAsync(string[] args, string? workingDirectory = null)
    {
        var outcome = await CliRunner.RunAsync(["--format", "sarif", .. args], workingDirectory);
        return (outcome, outcome.Stdout.ShouldBeValidSarif());
    }

    private static JsonElement Run(JsonDocument log) => log.RootElement.GetProperty("runs")[0];

    private static List<JsonElement> Results(JsonDocument log) => [.. Run(log).GetProperty("results").EnumerateArray()];

    private static JsonElement Region(JsonElement result) => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

    private static string Uri(JsonElement result) => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

    [Fact]
    public async Task The_sample_library_gives_a_valid_and_stable_log()
    {
        var (outcome, log) = await RunSarifAsync(["templates-sample"]);
        using var scope = log;
        outcome.ExitCode.ShouldBe(1);
        outcome.Stderr.ShouldBeEmpty();
        var run = Run(log);
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().ShouldBe(RuleCatalog.Descriptors.Length); // every rule ran
        Results(log).Count.ShouldBe(143);
        run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean().ShouldBeTrue();
        run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()
            .ShouldBe(SarifUris.FileUri(CliRunner.RepositoryRoot, isFolder: true));
        if (run.TryGetProperty("versionControlProvenance", out var provenance))
        {
            // Present when the clone has a remote; what it says depends on the clone, so it is checked here, not in the snapshot.
            provenance[0].GetProperty("mappedTo").GetProperty("uriBaseId").GetString().ShouldBe("%SRCROOT%");
            provenance[0].GetProperty("revisionId").GetString()!.ShouldMatch("^[0-9a-f]{40}([0-9a-f]{24})?$");
        }

        SarifValidation.Scrub(outcome.Stdout, CliRunner.RepositoryRoot)
            .ShouldMatchApproved(c => c.SubFolder("approved").WithDiscriminator("templates-sample").WithFileExtension(".sarif").NoDiff());
    }

    [Fact]
    public async Task The_log_is_byte_identical_whatever_the_parallelism()
    {
        var (serial, serialLog) = await RunSarifAsync(["templates-sample", "--jobs", "1"]);
        var (parallel, parallelLog) = await RunSarifAsync(["templates-sample", "--jobs", "8"]);
        serialLog.Dispose();
        parallelLog.Dispose();
        parallel.Stdout.ShouldBe(serial.Stdout);
        serial.Stdout.ShouldNotContain("TimeUtc");
    }

    [Fact]
    public async Task An_output_file_holds_the_same_log_as_standard_output()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "report.sarif");
        var toFile = await CliRunner.RunAsync(["--format", "sarif", "templates-sample", "-o", path]);
        var (toStdout, log) = await RunSarifAsync(["templates-sample"]);
        log.Dispose();
        toFile.Stdout.ShouldBeEmpty();
        toFile.ExitCode.ShouldBe(toStdout.ExitCode);
        var written = SarifValidation.ReadUtf8(path);
        written.ShouldBe(toStdout.Stdout);
        using var scope = written.ShouldBeValidSarif();
    }

    [Fact]
    public async Task Every_region_is_the_one_the_text_format_reports()
    {
        var text = await CliRunner.RunAsync(["templates-sample"]);
        var (_, log) = await RunSarifAsync(["templates-sample"]);
        using var scope = log;
        var expected = text.Stdout.Split('\n').Where(static l => l.Contains("): ", StringComparison.Ordinal)).ToList();
        var actual = Results(log).Select(static r =>
        {
            var region = Region(r);
            var level = r.GetProperty("level").GetString() == "note" ? "info" : r.GetProperty("level").GetString();
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{System.Uri.UnescapeDataString(Uri(r))}({region.GetProperty("startLine")},{region.GetProperty("startColumn")},{region.GetProperty("endLine")},{region.GetProperty("endColumn")}): {level} {r.GetProperty("ruleId").GetString()}: {r.GetProperty("message").GetProperty("text").GetString()}");
        }).ToList();
        actual.ShouldBe(expected);
    }

    [Fact]
    public async Task Every_result_names_a_rule_in_the_rules_table_by_id_and_index()
    {
        var (_, log) = await RunSarifAsync(["templates-sample"]);
        using var scope = log;
        var rules = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = Results(log);
        results.ShouldNotBeEmpty();
        foreach (var result in results)
        {
            rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().ShouldBe(result.GetProperty("ruleId").GetString());
        }
    }

    [Fact]
    public async Task Snippets_are_the_text_at_the_region()
    {
        var (_, log) = await RunSarifAsync(["templates-sample"]);
        using var scope = log;
        foreach (var result in Results(log))
        {
            var region = Region(result);
            var path = SarifValidation.PathOf(CliRunner.RepositoryRoot, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation"));
            var text = File.ReadAllText(path);
            text.Substring(region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32())
                .ShouldBe(region.GetProperty("snippet").GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Fingerprints_survive_an_unrelated_line_added_above()
    {
        using var folder = new TempFolder();
        var original = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "templates-sample", "needs-work", "refund-request-denied.md"));
        folder.Write("reply.md", original);
        var (_, before) = await RunSarifAsync(["reply.md"], folder.Path);
        var frontMatterEnd = original.IndexOf("\n---\n", StringComparison.Ordinal) + 5;
        folder.Write("reply.md", original[..frontMatterEnd] + "\n" + original[frontMatterEnd..]);
        var (_, after) = await RunSarifAsync(["reply.md"], folder.Path);
        using (before)
        using (after)
        {
            var beforeResults = Results(before).Where(static r => Region(r).GetProperty("charLength").GetInt32() > 0).ToList();
            var afterResults = Results(after).Where(static r => Region(r).GetProperty("charLength").GetInt32() > 0).ToList();
            beforeResults.Count.ShouldBeGreaterThan(3);
            afterResults.Select(Fingerprints).ShouldBe(beforeResults.Select(Fingerprints));
            afterResults.Select(static r => Region(r).GetProperty("startLine").GetInt32())
                .ShouldBe(beforeResults.Select(static r => Region(r).GetProperty("startLine").GetInt32() + 1));
        }
    }

    [Fact]
    public async Task Fingerprints_do_not_depend_on_the_order_files_are_given_in()
    {
        var (_, forward) = await RunSarifAsync(["templates-sample/needs-work/wrong-item-shipped.md", "templates-sample/needs-work/billing-error.md"]);
        var (_, backward) = await RunSarifAsync(["templates-sample/needs-work/billing-error.md", "templates-sample/needs-work/wrong-item-shipped.md"]);
        using (forward)
        using (backward)
        {
            var keyed = static (JsonDocument log) => Results(log).Select(r => $"{Uri(r)} {r.GetProperty("ruleId").GetString()} {Fingerprints(r)}").Order(StringComparer.Ordinal).ToList();
            keyed(backward).ShouldBe(keyed(forward));
            keyed(forward).Count.ShouldBeGreaterThan(5);
        }
    }

    private static string Fingerprints(JsonElement result)
    {
        var fingerprints = result.GetProperty("partialFingerprints");
        return fingerprints.GetProperty("replylintFindingHash/v1").GetString() + " " + fingerprints.GetProperty("primaryLocationLineHash").GetString();
    }

    [Fact]
    public async Task Fixes_carry_the_edit_for_editors()
    {
        using var folder = new TempFolder();
        folder.Write("reply.md", "Hi {{ customer.first_name }},\n\nWe apologize for any inconvenience this may have caused. I've refunded the charge.\n");
        var (_, log) = await RunSarifAsync(["reply.md"], folder.Path);
        using var scope = log;
        var fixedResult = Results(log).Single(static r => r.TryGetProperty("fixes", out _));
        fixedResult.GetProperty("ruleId").GetString().ShouldBe("RL1004");
        var change = fixedResult.GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
        change.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("reply.md");
        var replacement = change.GetProperty("replacements")[0];
        var deleted = replacement.GetProperty("deletedRegion");
        (deleted.GetProperty("startLine").GetInt32(), deleted.GetProperty("startColumn").GetInt32(), deleted.GetProperty("endLine").GetInt32(), deleted.GetProperty("endColumn").GetInt32())
            .ShouldBe((3, 1, 3, 56));
        (deleted.GetProperty("charOffset").GetInt32(), deleted.GetProperty("charLength").GetInt32()).ShouldBe((31, 55));
        replacement.GetProperty("insertedContent").GetProperty("text").GetString().ShouldBe("I'm sorry for the trouble this has caused");
    }

    [Fact]
    public async Task A_file_outside_the_project_root_gets_an_absolute_file_uri()
    {
        using var project = new TempFolder();
        using var elsewhere = new TempFolder();
        var outside = elsewhere.Write("outside.md", "Please do not hesitate to contact us.\n");
        project.Write("inside.md", "Please do not hesitate to contact us.\n");
        var (_, log) = await RunSarifAsync(["inside.md", outside], project.Path);
        using var scope = log;
        var locations = Results(log).Select(static r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation"))
            .DistinctBy(static l => l.GetProperty("uri").GetString()).ToList();
        locations.Count.ShouldBe(2);
        var outsideLocation = locations.Single(static l => !l.TryGetProperty("uriBaseId", out _));
        outsideLocation.GetProperty("uri").GetString().ShouldBe(SarifUris.FileUri(outside));
        outsideLocation.GetProperty("uri").GetString().ShouldStartWith("file:///");
        SarifValidation.PathOf(project.Path, outsideLocation).ShouldBe(outside);
        var insideLocation = locations.Single(static l => l.TryGetProperty("uriBaseId", out _));
        insideLocation.GetProperty("uri").GetString().ShouldBe("inside.md");
        Run(log).GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString().ShouldBe(SarifUris.FileUri(project.Path, isFolder: true));
    }

    [Fact]
    public async Task Hostile_file_names_are_percent_encoded_and_resolve_back_to_the_file()
    {
        using var folder = new TempFolder();
        string[] names = ["my reply #1.md", "100% sure.md", "ça, là – 返信 😀.md", "a:b [draft]?.md", "it's (fine) & more=yes+no;.md"];
        foreach (var name in names)
        {
            folder.Write(Path.Combine("odd dir", name), "Please do not hesitate to contact us.\n");
        }

        var (_, log) = await RunSarifAsync(["odd dir"], folder.Path);
        using var scope = log;
        var uris = Run(log).GetProperty("artifacts").EnumerateArray().Select(static a => a.GetProperty("location").GetProperty("uri").GetString()!).ToList();
        uris.ShouldContain("odd%20dir/my%20reply%20%231.md");
        uris.ShouldContain("odd%20dir/100%25%20sure.md");
        uris.ShouldContain("odd%20dir/%C3%A7a,%20l%C3%A0%20%E2%80%93%20%E8%BF%94%E4%BF%A1%20%F0%9F%98%80.md");
        uris.ShouldContain("odd%20dir/a%3Ab%20%5Bdraft%5D%3F.md");
        uris.ShouldContain("odd%20dir/it's%20(fine)%20&%20more=yes+no;.md");
        foreach (var artifact in Run(log).GetProperty("artifacts").EnumerateArray())
        {
            File.Exists(SarifValidation.PathOf(folder.Path, artifact.GetProperty("location"))).ShouldBeTrue();
        }

        Results(log).Select(Uri).Distinct().Count().ShouldBe(names.Length); // every file was linted and has findings
    }

    [Fact]
    public async Task An_unreadable_file_is_a_result_and_a_tool_execution_notification()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        folder.Write("reply.md", "Please do not hesitate to contact us.\n");
        var (outcome, log) = await RunSarifAsync(["."], folder.Path);
        using var scope = log;
        outcome.ExitCode.ShouldBe(1);
        var run = Run(log);
        var invocation = run.GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().ShouldBeTrue(); // one bad file is a finding; the run went on
        var notification = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().Single();
        notification.GetProperty("level").GetString().ShouldBe("error");
        notification.GetProperty("message").GetProperty("text").GetString().ShouldBe("The file was not linted: 'the file is binary (a NUL byte at offset 8), not a text template'.");
        notification.GetProperty("descriptor").GetProperty("id").GetString().ShouldBe("RL0002");
        notification.GetProperty("associatedRule").GetProperty("id").GetString().ShouldBe("RL0002");
        notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("image.md");
        run.GetProperty("tool").GetProperty("driver").GetProperty("notifications")[0].GetProperty("id").GetString().ShouldBe("RL0002");
        var result = Results(log).Single(static r => r.GetProperty("ruleId").GetString() == "RL0002");
        Region(result).GetProperty("snippet").GetProperty("text").GetString().ShouldBe(string.Empty);
        var image = run.GetProperty("artifacts").EnumerateArray().Single(static a => a.GetProperty("location").GetProperty("uri").GetString() == "image.md");
        image.GetProperty("length").GetInt32().ShouldBe(10);
        image.TryGetProperty("encoding", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_run_with_no_findings_has_an_empty_results_array()
    {
        var (outcome, log) = await RunSarifAsync(["templates-sample/clean"]);
        using var scope = log;
        outcome.ExitCode.ShouldBe(0);
        Results(log).ShouldBeEmpty();
        Run(log).GetProperty("artifacts").GetArrayLength().ShouldBe(9);
        Run(log).GetProperty("invocations")[0].TryGetProperty("toolExecutionNotifications", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_run_with_no_files_reports_why_in_a_notification()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "empty"));
        var (outcome, log) = await RunSarifAsync(["empty", "--no-error-on-unmatched-pattern"], folder.Path);
        using var scope = log;
        outcome.ExitCode.ShouldBe(0);
        Results(log).ShouldBeEmpty();
        Run(log).TryGetProperty("artifacts", out _).ShouldBeFalse();
        var invocation = Run(log).GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().ShouldBeTrue();
        var notification = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().Single();
        notification.GetProperty("level").GetString().ShouldBe("warning");
        notification.GetProperty("message").GetProperty("text").GetString().ShouldBe("No template (*.md, *.markdown, *.txt, *.html, *.htm) or export (*.json, *.yml, *.yaml) in the folder 'empty'.");
    }

    [Fact]
    public async Task A_missing_input_makes_the_execution_unsuccessful()
    {
        var (outcome, log) = await RunSarifAsync(["templates-sample/clean/late-shipment.md", "no-such-folder"]);
        using var scope = log;
        outcome.ExitCode.ShouldBe(2);
        var invocation = Run(log).GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().ShouldBeFalse();
        var notification = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().Single();
        notification.GetProperty("level").GetString().ShouldBe("error");
        notification.GetProperty("message").GetProperty("text").GetString().ShouldBe("No such file or folder: 'no-such-folder'.");
    }

    [Fact]
    public async Task Timestamps_are_written_only_when_asked()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var (_, log) = await RunSarifAsync(["templates-sample/clean", "--sarif-timestamps"]);
        using var scope = log;
        var invocation = Run(log).GetProperty("invocations")[0];
        var start = DateTimeOffset.Parse(invocation.GetProperty("startTimeUtc").GetString()!, CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse(invocation.GetProperty("endTimeUtc").GetString()!, CultureInfo.InvariantCulture);
        invocation.GetProperty("startTimeUtc").GetString()!.ShouldMatch(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
        start.ShouldBeGreaterThanOrEqualTo(before);
        end.ShouldBeGreaterThanOrEqualTo(start);
        end.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow.AddSeconds(1));

        var (plain, plainLog) = await RunSarifAsync(["templates-sample/clean"]);
        plainLog.Dispose();
        plain.Stdout.ShouldNotContain("TimeUtc");
    }

    [Fact]
    public async Task Include_suppressed_is_accepted_by_the_cli_and_changes_nothing_when_nothing_is_suppressed()
    {
        var (with, withLog) = await RunSarifAsync(["templates-sample/needs-work/billing-error.md", "--include-suppressed"]);
        var (without, withoutLog) = await RunSarifAsync(["templates-sample/needs-work/billing-error.md"]);
        withLog.Dispose();
        withoutLog.Dispose();
        with.Stdout.ShouldBe(without.Stdout);
        with.Stdout.ShouldNotContain("\"suppressions\"");
    }

    [Fact]
    public async Task The_text_format_ignores_the_sarif_options()
    {
        var plain = await CliRunner.RunAsync(["templates-sample/needs-work/billing-error.md"]);
        var withOptions = await CliRunner.RunAsync(["templates-sample/needs-work/billing-error.md", "--include-suppressed", "--sarif-timestamps"]);
        withOptions.StableStdout.ShouldBe(plain.StableStdout);
        NoTimestamp().IsMatch(withOptions.Stdout).ShouldBeFalse();
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:")]
    private static partial Regex NoTimestamp();
}
