using System.Text.Json;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary>Help-desk exports end to end: a folder of Zendesk macros, a replies.yml and a Freshdesk listing is linted,
/// and every report points at the line and column inside the export.</summary>
[Collection(CliTests.Name)]
public sealed class ExportTests : IDisposable
{
    private const string Exports = "templates-sample/exports";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string SampleText(string name) => File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, Exports, name));

    /// <summary>The 1-based line and column of the <paramref name="occurrence"/>th <paramref name="needle"/> in <paramref name="text"/>.</summary>
    private static (int Line, int Column) Position(string text, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
        }

        index.ShouldBeGreaterThanOrEqualTo(0, needle);
        var before = text[..index];
        return (before.Count(static c => c == '\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }

    [Fact]
    public async Task A_folder_of_exports_is_linted_with_findings_at_their_line_and_column_in_each_file()
    {
        var outcome = await CliRunner.RunAsync([Exports]);

        outcome.ExitCode.ShouldBe(1); // the internal note's TODO is an error
        outcome.Stderr.ShouldBeEmpty();
        // Where a listing has the reply twice (plain and HTML), the occurrence is the one linted: Freshdesk's and Gorgias's HTML,
        // Intercom's plain text.
        foreach (var (file, phrase, occurrence, rule) in new[]
        {
            ("zendesk-macros.json", "We apologize for any inconvenience this may have caused", 1, "RL1004"),
            ("zendesk-macros.json", "TODO", 1, "RL3003"),
            ("replies.yml", "As I already explained", 1, "RL1001"),
            ("freshdesk-canned-responses.json", "shortly", 2, "RL2004"),
            ("helpscout-saved-replies.json", "simply open", 1, "RL1006"),
            ("intercom-macros.json", "PLEASE", 2, "RL1007"),
            ("front-message-templates.json", "We're sorry that you're having that issue", 1, "RL1004"),
            ("gorgias-macros.json", "you failed to", 2, "RL1003"),
            ("zoho-desk-templates.json", "Dear valued customer", 1, "RL2006"),
        })
        {
            var (line, column) = Position(SampleText(file), phrase, occurrence);
            outcome.Stdout.ShouldContain($"{Exports}/{file}({line},{column},{line},{column + phrase.Length}): ", customMessage: $"{rule} in {file}");
            outcome.Stdout.ShouldContain($"): {(rule == "RL3003" ? "error" : "warning")} {rule}: '{phrase}", customMessage: $"{rule} in {file}");
        }

        outcome.Stdout.ShouldEndWith("9 files linted: 1 error, 17 warnings, 0 suggestions (" + outcome.Stdout.Split('(')[^1]);
    }

    [Fact]
    public async Task The_internal_note_keeps_only_template_hygiene_and_inactive_macros_wait_for_the_option()
    {
        var macros = $"{Exports}/zendesk-macros.json";
        var text = SampleText("zendesk-macros.json");
        var note = Position(text, "Escalating to billing").Line;
        var inactive = Position(text, "ASAP!!").Line;

        var plain = await CliRunner.RunAsync([macros]);
        plain.Stdout.Split('\n').Where(l => l.StartsWith($"{macros}({note},", StringComparison.Ordinal)).ShouldAllBe(static l => l.Contains(" RL3003: "));
        plain.Stdout.ShouldNotContain($"{macros}({inactive},");

        var all = await CliRunner.RunAsync([macros, "--include-inactive"]);
        all.Stdout.ShouldContain($"{macros}({inactive},{Position(text, "ASAP!!").Column + 4},{inactive},{Position(text, "ASAP!!").Column + 6}): warning RL1007:");
        all.Stdout.ShouldContain($"{macros}({inactive},{Position(text, "ASAP").Column},{inactive},{Position(text, "ASAP").Column + 4}): warning RL2004:");
    }

    [Fact]
    public async Task The_SARIF_log_points_into_the_export_and_stays_valid()
    {
        var outcome = await CliRunner.RunAsync(["--format", "sarif", Exports]);
        using var log = outcome.Stdout.ShouldBeValidSarif();
        var run = log.RootElement.GetProperty("runs")[0];

        var result = run.GetProperty("results").EnumerateArray().Single(static r =>
            r.GetProperty("ruleId").GetString() == "RL1004"
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!.EndsWith("zendesk-macros.json", StringComparison.Ordinal));
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var (line, column) = Position(SampleText("zendesk-macros.json"), "We apologize for any");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()).ShouldBe((line, column));
        region.GetProperty("snippet").GetProperty("text").GetString().ShouldBe("We apologize for any inconvenience this may have caused");

        var artifacts = run.GetProperty("artifacts").EnumerateArray()
            .ToDictionary(static a => a.GetProperty("location").GetProperty("uri").GetString()!, static a => a.GetProperty("sourceLanguage").GetString());
        artifacts[$"{Exports}/zendesk-macros.json"].ShouldBe("json");
        artifacts[$"{Exports}/replies.yml"].ShouldBe("yaml");
    }

    [Fact]
    public async Task A_fix_offered_inside_an_export_replaces_exactly_the_characters_of_the_finding()
    {
        var outcome = await CliRunner.RunAsync(["--format", "json", $"{Exports}/freshdesk-canned-responses.json"]);
        using var report = JsonDocument.Parse(outcome.Stdout);
        var text = SampleText("freshdesk-canned-responses.json");
        var withFix = report.RootElement.GetProperty("diagnostics").EnumerateArray().Where(static d => d.GetProperty("fix").ValueKind == JsonValueKind.Object).ToList();

        withFix.ShouldNotBeEmpty();
        foreach (var diagnostic in withFix)
        {
            var edit = diagnostic.GetProperty("fix").GetProperty("edits")[0];
            var replaced = text.Substring(edit.GetProperty("offset").GetInt32(), edit.GetProperty("length").GetInt32());
            diagnostic.GetProperty("message").GetString()!.ShouldStartWith($"'{replaced}'");
            var applied = text.Remove(edit.GetProperty("offset").GetInt32(), edit.GetProperty("length").GetInt32()).Insert(edit.GetProperty("offset").GetInt32(), edit.GetProperty("newText").GetString()!);
            using var _ = JsonDocument.Parse(applied); // still valid JSON
        }
    }

    [Fact]
    public async Task Other_data_files_in_the_folder_are_passed_over_and_a_broken_export_is_RL0002_at_its_position()
    {
        _folder.Write("lib/package.json", "{ \"name\": \"acme-replies\", \"private\": true }\n");
        _folder.Write("lib/.github/workflows/ci.yml", "name: CI\non: push\n");
        _folder.Write("lib/macros.json", SampleText("zendesk-macros.json"));
        _folder.Write("lib/broken.json", "{\n  \"macros\": [\n    { \"id\": 1, \"title\": \"Half\",\n");
        _folder.Write("lib/reply.md", "We apologize for any inconvenience.\n");

        var outcome = await CliRunner.RunAsync(["lib"], _folder.Path);

        outcome.ExitCode.ShouldBe(1);
        outcome.Stdout.ShouldNotContain("package.json");
        outcome.Stdout.ShouldNotContain("ci.yml");
        outcome.Stdout.ShouldContain("lib/broken.json(4,1,4,1): error RL0002: The file was not linted: 'it is not valid JSON at line 4, column 1: expected start of a property name or value, but instead reached end of data'.");
        outcome.Stdout.ShouldContain("lib/macros.json(");
        outcome.Stdout.ShouldContain("lib/reply.md(1,1,1,35): warning RL1004:");
        outcome.Stdout.ShouldContain("3 files linted:");

        var named = await CliRunner.RunAsync(["lib/package.json"], _folder.Path);
        named.ExitCode.ShouldBe(1);
        named.Stdout.ShouldStartWith("lib/package.json(1,1,1,1): error RL0002: The file was not linted: 'it is JSON but not a known export");
    }

    [Fact]
    public async Task An_export_on_standard_input_is_read_by_the_name_it_is_given_and_fixed_safely()
    {
        var macros = System.Text.Encoding.UTF8.GetBytes(SampleText("zendesk-macros.json"));

        var lint = await CliRunner.RunAsync(["--stdin", "--stdin-filename", "exports/macros.json"], _folder.Path, macros);
        var (line, column) = Position(SampleText("zendesk-macros.json"), "TODO");
        lint.Stdout.ShouldContain($"exports/macros.json({line},{column},{line},{column + 4}): error RL3003:");

        var fixedText = await CliRunner.RunAsync(["--stdin", "--stdin-filename", "exports/macros.json", "--fix"], _folder.Path, macros);
        using var document = JsonDocument.Parse(fixedText.Stdout); // the fixed export is still valid JSON
        document.RootElement.GetProperty("macros")[0].GetProperty("actions")[2].GetProperty("value").GetString()!
            .ShouldContain("I'm sorry for the trouble this has caused.");
    }

    [Fact]
    public async Task Each_export_holds_its_templates_to_its_own_help_desk_s_placeholder_names()
    {
        const string Reply = "Hi {{ticket.requester.firstname}},\\n\\nThanks for the order; it ships on Monday.";
        _folder.Write("zendesk.json", "{\"macros\": [{\"id\": 1, \"title\": \"Z\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"" + Reply + "\"}]}], \"count\": 1}");
        _folder.Write("freshdesk.json", "[{\"id\": 2, \"title\": \"F\", \"folder_id\": 1, \"content\": \"" + Reply + " See you.\"}]");

        var outcome = await CliRunner.RunAsync(["zendesk.json", "freshdesk.json"], _folder.Path);

        // Freshdesk spells it firstname; Zendesk, first_name.
        outcome.Stdout.ShouldContain("zendesk.json(1,");
        outcome.Stdout.ShouldContain(": warning RL3002: '{{ticket.requester.firstname}}' is not one of Zendesk's placeholders;");
        outcome.Stdout.ShouldNotContain("freshdesk.json(");
    }

    [Fact]
    public async Task A_format_mapping_in_the_configuration_reads_a_listing_of_any_shape()
    {
        _folder.Write(".replylint.yaml", """
            root: true
            formats:
              - files: ["exports/*.json"]
                items: "$.results[*]"
                id: key
                title: label
                body: reply
                placeholders: zendesk
            """);
        const string listing = """
            { "results": [
              { "key": "r-1", "label": "Delay", "reply": "Sorry for the wait. It ships soon." },
              { "key": "r-2", "label": "Thanks", "reply": "Thanks for the kind words! I've passed them on to the team today." } ] }
            """;
        _folder.Write("exports/acme-listing.json", listing);

        var outcome = await CliRunner.RunAsync(["exports"], _folder.Path);

        outcome.Stderr.ShouldBeEmpty();
        var (line, column) = Position(listing, "soon");
        outcome.Stdout.ShouldContain($"exports/acme-listing.json({line},{column},{line},{column + 4}): warning RL2004:");
        outcome.Stdout.ShouldContain("1 file linted:");
    }
}
