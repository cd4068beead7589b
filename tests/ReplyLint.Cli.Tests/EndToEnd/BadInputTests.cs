using System.Text;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary>Every kind of bad input gets a clear diagnostic or error, and the other files are still linted.</summary>
[Collection(CliTests.Name)]
public sealed class BadInputTests : IDisposable
{
    private const string Robotic = "We apologize for any inconvenience. I'll refund you today.\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CliOutcome> LintAsync(params string[] args) => CliRunner.RunAsync(args, _folder.Path);

    [Fact]
    public async Task An_empty_file_is_reported_as_empty_and_nothing_else()
    {
        _folder.Write("empty.md", string.Empty);
        _folder.Write("good.md", Robotic);
        var outcome = await LintAsync(".");
        outcome.ExitCode.ShouldBe(0);
        outcome.Stdout.Split('\n').Where(line => line.StartsWith("empty.md", StringComparison.Ordinal)).ShouldBe(["empty.md(1,1,1,1): warning RL3005: 'empty.md' has no text of its own for the customer to read; write the reply, or delete the template."]);
        outcome.Stdout.ShouldContain("good.md(1,1,1,35): warning RL1004:");
        outcome.Stdout.ShouldContain("2 files linted");
    }

    [Fact]
    public async Task A_binary_file_is_RL0002_and_the_others_are_linted()
    {
        _folder.WriteBytes("image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        _folder.Write("good.md", Robotic);
        var outcome = await LintAsync(".");
        outcome.ExitCode.ShouldBe(1);
        outcome.Stdout.ShouldContain("image.md(1,1,1,1): error RL0002: The file was not linted: 'the file is binary (a NUL byte at offset 8), not a text template'.");
        outcome.Stdout.ShouldContain("good.md(1,1,1,35): warning RL1004:");
    }

    [Fact]
    public async Task Invalid_utf8_is_RL0002_with_the_offset_and_line()
    {
        _folder.WriteBytes("latin1.md", Encoding.Latin1.GetBytes("Hello.\nWe are sorry for the d\u00e9lai.\n"));
        _folder.Write("good.md", Robotic);
        var outcome = await LintAsync(".");
        outcome.ExitCode.ShouldBe(1);
        outcome.Stdout.ShouldContain("latin1.md(1,1,1,1): error RL0002: The file was not linted: 'the file is not valid UTF-8: byte 0xE9 at offset 29 (line 2); save it as UTF-8'.");
        outcome.Stdout.ShouldContain("good.md(1,1,1,35): warning RL1004:");
    }

    [Fact]
    public async Task A_50_MB_file_is_RL0002_and_is_not_read()
    {
        var big = Path.Combine(_folder.Path, "huge.md");
        using (var stream = File.Create(big))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        _folder.Write("good.md", Robotic);
        var outcome = await LintAsync(".");
        outcome.ExitCode.ShouldBe(1);
        outcome.Stdout.ShouldContain("huge.md(1,1,1,1): error RL0002: The file was not linted: 'the file is 50 MB, over the 10 MB limit for a template (raise the limit with --max-file-size)'.");
        outcome.Stdout.ShouldContain("good.md(1,1,1,35): warning RL1004:");
    }

    [Fact]
    public async Task The_size_limit_can_be_lowered_and_raised()
    {
        var line = "I'm sorry your parcel was late, and I've refunded the shipping today.\n\n";
        _folder.Write("long.md", string.Concat(Enumerable.Repeat(line, 200))); // about 14 KB

        var lowered = await LintAsync("long.md", "--max-file-size", "10KB");
        lowered.ExitCode.ShouldBe(1);
        lowered.Stdout.ShouldStartWith("long.md(1,1,1,1): error RL0002: The file was not linted: 'the file is 13.9 KB, over the 10 KB limit for a template");

        var raised = await LintAsync("long.md", "--max-file-size", "20KB");
        raised.ExitCode.ShouldBe(0);
        raised.Stdout.ShouldNotContain("RL0002");
        raised.Stdout.ShouldContain("1 file linted: 0 errors,");
    }

    [Fact]
    public async Task Malformed_front_matter_is_RL0004_and_the_body_is_still_linted()
    {
        _folder.Write("broken.md", "---\nid: late\ntitle: [oops\n---\nWe apologize for any inconvenience.\n");
        var outcome = await LintAsync("broken.md");
        outcome.ExitCode.ShouldBe(1);
        outcome.Stdout.ShouldContain("broken.md(3,");
        outcome.Stdout.ShouldContain("error RL0004: The front matter could not be read ('");
        outcome.Stdout.ShouldContain("broken.md(5,1,5,35): warning RL1004:");
    }

    [Fact]
    public async Task A_missing_path_is_an_error_and_the_other_paths_are_linted()
    {
        _folder.Write("good.md", Robotic);
        var outcome = await LintAsync("missing.md", "good.md");
        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe("replylint: error: no such file or folder: 'missing.md'\n");
        outcome.Stdout.ShouldContain("good.md(1,1,1,35): warning RL1004:");
    }

    [Fact]
    public async Task A_folder_with_no_templates_is_an_error_unless_allowed()
    {
        _folder.Write("empty-folder/notes.json", "{}");
        var strict = await LintAsync("empty-folder");
        strict.ExitCode.ShouldBe(2);
        strict.Stderr.ShouldBe("replylint: error: no template (*.md, *.markdown, *.txt, *.html, *.htm) or export (*.json, *.yml, *.yaml) in the folder 'empty-folder'\n");
        strict.Stdout.ShouldStartWith("0 files linted");

        var allowed = await LintAsync("empty-folder", "--no-error-on-unmatched-pattern");
        allowed.ExitCode.ShouldBe(0);
        allowed.Stderr.ShouldBe("replylint: warning: no template (*.md, *.markdown, *.txt, *.html, *.htm) or export (*.json, *.yml, *.yaml) in the folder 'empty-folder'\n");
    }

    [Fact]
    public async Task A_pattern_that_matches_nothing_is_an_error()
    {
        var outcome = await LintAsync("drafts/**/*.md");
        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe("replylint: error: no file matches the pattern 'drafts/**/*.md'\n");
    }

    [Fact]
    public async Task Utf16_and_bom_and_crlf_files_report_the_same_positions()
    {
        const string text = "Hello,\r\n\r\nWe apologize for any inconvenience.\r\n";
        _folder.WriteBytes("utf16.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        _folder.WriteBytes("utf8bom.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        _folder.Write("plain.md", text.Replace("\r\n", "\n", StringComparison.Ordinal));
        var outcome = await LintAsync(".");
        outcome.Stdout.ShouldContain("plain.md(3,1,3,35): warning RL1004:");
        outcome.Stdout.ShouldContain("utf16.md(3,1,3,35): warning RL1004:");
        outcome.Stdout.ShouldContain("utf8bom.md(3,1,3,35): warning RL1004:");
    }

    [Fact]
    public async Task Files_in_git_node_modules_bin_and_obj_are_skipped()
    {
        foreach (var folder in new[] { ".git", "node_modules", "bin", "obj", "deep/node_modules" })
        {
            _folder.Write($"{folder}/skipped.md", Robotic);
        }

        _folder.Write("kept.md", Robotic);
        var outcome = await LintAsync(".");
        outcome.Stdout.ShouldNotContain("skipped.md");
        outcome.Stdout.ShouldContain("1 file linted");
    }
}
