using System.Text.Json;
using ReplyLint.Cli.Formatters;
using ReplyLint.Diagnostics;

namespace ReplyLint.Cli.Tests.EndToEnd;

[Collection(CliTests.Name)]
public sealed class GitLabCodeQualityTests
{
    private static readonly string[] Severities = ["info", "minor", "major", "critical", "blocker"];

    [Fact]
    public async Task The_sample_library_as_a_code_quality_report_matches_the_snapshot()
    {
        var outcome = await CliRunner.RunAsync(["templates-sample", "--format", "gitlab"]);
        outcome.Stderr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(1);
        outcome.Stdout.ShouldMatchApproved(c => c.SubFolder("approved").WithDiscriminator("gitlab").WithFileExtension(".json").NoDiff());
    }

    [Fact]
    public async Task Every_issue_has_the_fields_GitLab_requires()
    {
        var outcome = await CliRunner.RunAsync(["templates-sample", "--format", "gitlab"]);
        using var json = JsonDocument.Parse(outcome.Stdout);
        json.RootElement.ValueKind.ShouldBe(JsonValueKind.Array);
        json.RootElement.GetArrayLength().ShouldBe(143);
        foreach (var issue in json.RootElement.EnumerateArray())
        {
            issue.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
            issue.GetProperty("check_name").GetString()!.ShouldMatch("^RL[0-9]{4}$");
            issue.GetProperty("fingerprint").GetString()!.ShouldMatch("^[0-9a-f]{32}$");
            Severities.ShouldContain(issue.GetProperty("severity").GetString());
            var location = issue.GetProperty("location");
            var path = location.GetProperty("path").GetString()!;
            path.ShouldMatch("^templates-sample/(needs-work|exports)/");
            File.Exists(Path.Combine(CliRunner.RepositoryRoot, path)).ShouldBeTrue(path);
            var begin = location.GetProperty("lines").GetProperty("begin").GetInt32();
            begin.ShouldBeGreaterThanOrEqualTo(1);
            location.GetProperty("lines").GetProperty("end").GetInt32().ShouldBeGreaterThanOrEqualTo(begin);
        }
    }

    [Fact]
    public async Task Fingerprints_are_unique_across_the_sample_and_stable_between_runs()
    {
        var first = await CliRunner.RunAsync(["templates-sample", "--format", "gitlab", "--jobs", "1"]);
        var second = await CliRunner.RunAsync(["templates-sample", "--format", "gitlab", "--jobs", "8"]);
        second.Stdout.ShouldBe(first.Stdout);
        using var json = JsonDocument.Parse(first.Stdout);
        var fingerprints = json.RootElement.EnumerateArray().Select(static i => i.GetProperty("fingerprint").GetString()).ToList();
        fingerprints.Distinct(StringComparer.Ordinal).Count().ShouldBe(fingerprints.Count);
    }

    [Fact]
    public void The_same_finding_in_two_files_has_two_fingerprints()
    {
        var report = new ReportBuilder()
            .File("a.md", "Hello.\n").Finding("a.md", 0, 5)
            .File("b.md", "Hello.\n").Finding("b.md", 0, 5)
            .Build();
        report.Fingerprints[report.Result.Diagnostics[0]].Stable.ShouldBe(report.Fingerprints[report.Result.Diagnostics[1]].Stable);
        using var json = JsonDocument.Parse(ReportBuilder.Format(new GitLabCodeQualityFormatter(), report));
        json.RootElement[0].GetProperty("fingerprint").GetString().ShouldNotBe(json.RootElement[1].GetProperty("fingerprint").GetString());
    }

    [Theory]
    [InlineData(DiagnosticSeverity.Error, "major")]
    [InlineData(DiagnosticSeverity.Warning, "minor")]
    [InlineData(DiagnosticSeverity.Suggestion, "info")]
    public void Severities_map_to_GitLab_words(DiagnosticSeverity severity, string expected)
    {
        var report = new ReportBuilder().File("a.md", "One\ntwo\n").Finding("a.md", 0, 7, severity).Build();
        using var json = JsonDocument.Parse(ReportBuilder.Format(new GitLabCodeQualityFormatter(), report));
        var issue = json.RootElement[0];
        issue.GetProperty("severity").GetString().ShouldBe(expected);
        issue.GetProperty("description").GetString().ShouldBe("RL9001: 'One\ntwo' found.");
        issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32().ShouldBe(1);
        issue.GetProperty("location").GetProperty("lines").GetProperty("end").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void A_run_with_no_findings_is_an_empty_array()
    {
        var report = new ReportBuilder().File("a.md", "Hello.\n").Build();
        ReportBuilder.Format(new GitLabCodeQualityFormatter(), report).ShouldBe("[]\n");
    }

    [Fact]
    public void Paths_are_from_the_repository_top_when_the_run_starts_in_a_subfolder()
    {
        var report = new ReportBuilder().File("replies/a.md", "Hello.\n").Finding("replies/a.md", 0, 5).Build() with
        {
            WorkingDirectory = Path.GetFullPath("/project/support"),
            ProjectRoot = Path.GetFullPath("/project"),
        };
        using var json = JsonDocument.Parse(ReportBuilder.Format(new GitLabCodeQualityFormatter(), report));
        json.RootElement[0].GetProperty("location").GetProperty("path").GetString().ShouldBe("support/replies/a.md");
    }
}
