using System.Diagnostics;
using System.Text;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary><c>--stdin</c> and <c>--stdin-filename</c>: what editors run on an unsaved buffer.</summary>
[Collection(CliTests.Name)]
public sealed class StdinTests : IDisposable
{
    private const string Config = """
        root: true
        exclude: ["drafts/**"]
        overrides:
          - files: ["strict/**"]
            rules: { RL1004: error }
        """;

    private readonly TempFolder _folder = new();

    public StdinTests() => _folder.Write(".replylint.yaml", Config);

    public void Dispose() => _folder.Dispose();

    private Task<CliOutcome> Run(string input, params string[] args) => CliRunner.RunAsync(args, _folder.Path, Encoding.UTF8.GetBytes(input));

    [Fact]
    public async Task Standard_input_is_linted_as_the_named_file_with_the_settings_of_its_folder()
    {
        const string Input = "I've refunded the charge. Please do not hesitate to contact us.\n";

        var strict = await Run(Input, "--stdin", "--stdin-filename", "strict/new-reply.md");
        var relaxed = await Run(Input, "--stdin", "--stdin-filename", "new-reply.md");

        strict.ExitCode.ShouldBe(1);
        strict.StableStdout.ShouldBe(
            "strict/new-reply.md(1,27,1,63): error RL1004: 'Please do not hesitate to contact us' reads as a script; say in your own words what happened and what you will do about it.\n" +
            "1 file linted: 1 error, 0 warnings, 0 suggestions (0.00s)\n");
        relaxed.ExitCode.ShouldBe(0);
        relaxed.Stdout.ShouldStartWith("new-reply.md(1,27,1,63): warning RL1004:");
        File.Exists(Path.Combine(_folder.Path, "strict", "new-reply.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task The_name_decides_the_format()
    {
        // In Markdown the backticks make code, which is not prose; in plain text they are just characters.
        const string Input = "Type `PLEASE READ THIS` in the box.\n";

        var markdown = await Run(Input, "--stdin", "--stdin-filename", "reply.md");
        var plain = await Run(Input, "--stdin", "--stdin-filename", "reply.txt");

        markdown.Stdout.ShouldNotContain("RL1007");
        plain.Stdout.ShouldContain("reply.txt(1,7,1,23): warning RL1007:");
    }

    [Fact]
    public async Task Without_a_name_standard_input_is_stdin_md()
    {
        var outcome = await Run("Thanks!!\n", "--stdin");

        outcome.Stdout.ShouldContain("\nstdin.md(1,7,1,9): warning RL1007:");
    }

    [Fact]
    public async Task With_fix_standard_output_is_the_fixed_text_and_nothing_else()
    {
        // A file of that name exists: it is neither read nor written.
        var onDisk = _folder.Write("strict/reply.md", "Something else entirely.\n");
        const string Input = "Hi!!\r\n\r\nPlease do not hesitate to contact us.\r\nWe'll get back to you";

        var outcome = await Run(Input, "--stdin", "--fix", "--stdin-filename", "strict/reply.md");

        outcome.Stdout.ShouldBe("Hi!\r\n\r\nPlease contact us.\r\nWe'll get back to you by [Date]");
        outcome.Stderr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(0); // the fixed text has no error left
        File.ReadAllText(onDisk).ShouldBe("Something else entirely.\n");
    }

    [Fact]
    public async Task With_fix_the_exit_code_is_that_of_the_fixed_text()
    {
        var outcome = await Run("Please note the TODO here!!\n", "--stdin", "--fix");

        outcome.Stdout.ShouldBe("Please note the TODO here!\n");
        outcome.ExitCode.ShouldBe(1); // RL3003 is an error and needs a person
    }

    [Fact]
    public async Task With_fix_and_output_the_report_goes_to_the_file()
    {
        var outcome = await Run("Thanks!! TBD\n", "--stdin", "--fix", "--format", "json", "-o", "report.json");

        outcome.Stdout.ShouldBe("Thanks! TBD\n");
        File.ReadAllText(Path.Combine(_folder.Path, "report.json")).ShouldContain("\"ruleId\": \"RL3003\"");
    }

    [Fact]
    public async Task With_fix_dry_run_standard_input_is_shown_as_a_diff()
    {
        var outcome = await Run("Hello.\n\nThanks!!\n", "--stdin", "--fix-dry-run", "--stdin-filename", "replies/thanks.md");

        outcome.ExitCode.ShouldBe(1);
        outcome.Stdout.ShouldBe("""
            --- a/replies/thanks.md
            +++ b/replies/thanks.md
            @@ -1,3 +1,3 @@
             Hello.
             
            -Thanks!!
            +Thanks!
            would apply 1 fix in 1 file

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_name_the_configuration_excludes_is_not_linted_and_fix_gives_the_text_back()
    {
        var outcome = await Run("Thanks!!\n", "--stdin", "--fix", "--stdin-filename", "drafts/reply.md");

        outcome.Stdout.ShouldBe("Thanks!!\n");
        outcome.Stderr.ShouldBe("replylint: warning: 'drafts/reply.md' is excluded by the configuration; standard input was not linted\n");
        outcome.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Input_that_is_not_text_is_an_error()
    {
        var outcome = await CliRunner.RunAsync(["--stdin", "--fix"], _folder.Path, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);

        outcome.ExitCode.ShouldBe(2);
        outcome.Stdout.ShouldBeEmpty();
        outcome.Stderr.ShouldBe("replylint: error: standard input could not be read as a template: the file is binary (a NUL byte at offset 4), not a text template\n");
    }

    [Theory]
    [InlineData(new[] { "--stdin", "reply.md" }, "--stdin lints standard input; give no paths with it (name it with --stdin-filename).")]
    [InlineData(new[] { "reply.md", "--stdin-filename", "x.md" }, "--stdin-filename names standard input; use it with --stdin.")]
    [InlineData(new[] { "lint", "--fix" }, "no templates given; name files, folders or glob patterns, or use --stdin.")]
    public async Task Stdin_options_used_wrongly_are_a_usage_error(string[] args, string message)
    {
        var outcome = await Run("Hi.\n", args);

        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe($"replylint: error: {message} Run 'replylint --help' for usage.\n");
    }

    [Fact]
    public async Task The_built_tool_reads_the_consoles_standard_input_and_writes_the_fixed_bytes()
    {
        // A byte-order mark and CRLF come back as they went in, byte for byte.
        byte[] input = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Caf\u00e9 ouvert!!\r\n")];
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "replylint.dll"), "--stdin", "--fix", "--stdin-filename", "reply.txt" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        using var output = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        await copy;

        (await stderr).ShouldBeEmpty();
        output.ToArray().ShouldBe([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Caf\u00e9 ouvert!\r\n")]);
        process.ExitCode.ShouldBe(0);
    }
}
