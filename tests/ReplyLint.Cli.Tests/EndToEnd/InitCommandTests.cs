using ReplyLint.Cli.Commands;
using ReplyLint.Configuration;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary><c>replylint init</c>: a starter <c>.replylint.yaml</c>.</summary>
[Collection(CliTests.Name)]
public sealed class InitCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string ConfigPath => Path.Combine(_folder.Path, ConfigResolver.FileName);

    [Fact]
    public async Task Init_writes_a_commented_starter_file()
    {
        var outcome = await CliRunner.RunAsync(["init"], _folder.Path);

        outcome.ExitCode.ShouldBe(0);
        outcome.Stderr.ShouldBeEmpty();
        outcome.Stdout.ShouldBe($"Wrote .replylint.yaml. Every key is explained at {InitCommand.DocsUrl}\n");
        var written = File.ReadAllText(ConfigPath);
        written.ShouldBe(InitCommand.Template());
        written.ShouldStartWith($"# yaml-language-server: $schema={InitCommand.SchemaUrl}\n");
        written.ShouldMatchApproved(c => c.SubFolder("approved").WithDiscriminator("starter").WithFileExtension(".yaml").NoDiff());
        Directory.GetFiles(_folder.Path).ShouldBe([ConfigPath]); // no temporary file left behind
    }

    [Fact]
    public async Task The_written_file_loads_without_a_warning_and_lints()
    {
        await CliRunner.RunAsync(["init"], _folder.Path);
        _folder.Write("reply.md", "Hi {{ customer.first_name }},\n\nYour refund went out today; it reaches your card within 3 business days.\n");

        var config = ConfigLoader.Load(ConfigPath, _folder.Path);
        var lint = await CliRunner.RunAsync(["reply.md"], _folder.Path);

        config.IsRoot.ShouldBeTrue();
        config.Warnings.ShouldBeEmpty();
        ConfigResolver.FromFile(ConfigPath, _folder.Path).Bind(RuleCatalog.Descriptors).Warnings.ShouldBeEmpty();
        lint.Stderr.ShouldBeEmpty();
        lint.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Init_refuses_to_overwrite_an_existing_file()
    {
        _folder.Write(ConfigResolver.FileName, "rules:\n  RL1004: error\n");

        var outcome = await CliRunner.RunAsync(["init"], _folder.Path);

        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe("replylint: error: '.replylint.yaml' already exists; nothing was written (use --force to overwrite it)\n");
        outcome.Stdout.ShouldBeEmpty();
        File.ReadAllText(ConfigPath).ShouldBe("rules:\n  RL1004: error\n");
    }

    [Fact]
    public async Task Init_force_overwrites_an_existing_file()
    {
        _folder.Write(ConfigResolver.FileName, "rules:\n  RL1004: error\n");

        var outcome = await CliRunner.RunAsync(["init", "--force"], _folder.Path);

        outcome.ExitCode.ShouldBe(0);
        File.ReadAllText(ConfigPath).ShouldBe(InitCommand.Template());
    }

    [Fact]
    public async Task Init_path_writes_in_another_folder()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "templates"));

        var outcome = await CliRunner.RunAsync(["init", "--path", "templates"], _folder.Path);
        var missing = await CliRunner.RunAsync(["init", "--path", "nowhere"], _folder.Path);

        outcome.ExitCode.ShouldBe(0);
        outcome.Stdout.ShouldStartWith("Wrote templates/.replylint.yaml.");
        File.Exists(Path.Combine(_folder.Path, "templates", ConfigResolver.FileName)).ShouldBeTrue();
        File.Exists(ConfigPath).ShouldBeFalse();
        missing.ExitCode.ShouldBe(2);
        missing.Stderr.ShouldBe("replylint: error: the folder 'nowhere' does not exist\n");
    }

    [Fact]
    public async Task Init_lists_every_rule_with_its_options()
    {
        var template = InitCommand.Template();

        foreach (var rule in RuleCatalog.Descriptors)
        {
            template.ShouldContain($"#   {rule.Id}  {rule.Name} ", customMessage: rule.Id);
        }

        template.ShouldContain("long-sentence            suggestion  max-words\n");
        (await CliRunner.RunAsync(["init", "--help"], _folder.Path)).Stdout.ShouldContain("--force");
    }
}
