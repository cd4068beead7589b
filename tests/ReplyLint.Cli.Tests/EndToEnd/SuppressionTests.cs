namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary>Suppression comments and front matter, end to end: hidden findings are neither printed nor counted, nor do
/// they fail the run; only their number is told.</summary>
[Collection(CliTests.Name)]
public sealed class SuppressionTests : IDisposable
{
    private const string Refund = """
        ---
        title: Refund sent
        ---
        Hi {{ customer.first_name }},

        I'm sorry the charge went through twice. I've refunded it today, and you'll see it on your statement within five working days.

        <!-- replylint-disable-next-line RL3003 -- the bracket is the name of a button in our app -->
        If it hasn't arrived by then, tap [add note] in the app and I'll look into it myself.

        Best,
        {{ agent.name }}

        """;

    private const string Outage = """
        ---
        intent: outage
        replylint:
          disable:
            - missing-apology
            - RL2003
          reason: the status page carries the apology
        ---
        Hi {{ customer.first_name }},

        {{!-- replylint-disable robotic-wording -- the wording agreed with legal --}}
        Thank you for your patience and understanding.
        {{!-- replylint-enable robotic-wording --}}
        {% comment %} replylint-disable-next-line RL1003 {% endcomment %}
        It seems you failed to save your draft, so it is still in the outbox. The service is back now, and I'll write again by 5 pm today if anything changes.
        {{! replylint-disable-next-line RL1006 }}
        Thanks, {{ agent.name }}

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Suppressed_findings_are_not_printed_counted_or_failing_and_an_unused_directive_is_RL0003()
    {
        _folder.Write("refund.md", Refund);
        _folder.Write("chat/outage.txt", Outage.Replace("\n", "\r\n", StringComparison.Ordinal));

        var outcome = await CliRunner.RunAsync(["."], _folder.Path);

        outcome.Stderr.ShouldBeEmpty();
        outcome.StableStdout.ShouldBe("""
            chat/outage.txt(16,1,16,42): info RL0003: 'replylint-disable-next-line RL1006' suppresses nothing here; remove it.
            2 files linted: 0 errors, 0 warnings, 1 suggestion, 5 suppressed (0.00s)

            """.ReplaceLineEndings("\n"));
        outcome.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Without_the_directives_the_same_templates_fail()
    {
        _folder.Write("refund.md", Refund.Replace("replylint-", "note-", StringComparison.Ordinal));
        _folder.Write("chat/outage.txt", Outage.Replace("replylint", "notes", StringComparison.Ordinal));

        var outcome = await CliRunner.RunAsync(["."], _folder.Path);

        outcome.Stdout.Split('\n').Select(static line => line.Split(": ")[0]).Where(static s => s.Contains('(', StringComparison.Ordinal)).ShouldBe(
        [
            "chat/outage.txt(1,1,1,1)",
            "chat/outage.txt(1,1,1,1)",
            "chat/outage.txt(12,1,12,46)",
            "chat/outage.txt(15,10,15,23)",
            "refund.md(9,35,9,45)",
        ]);
        outcome.Stdout.ShouldContain("2 files linted: 1 error, 4 warnings, 0 suggestions (");
        outcome.ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task The_output_does_not_depend_on_the_number_of_jobs()
    {
        for (var i = 0; i < 12; i++)
        {
            _folder.Write($"t{i:D2}/refund.md", Refund);
            _folder.Write($"t{i:D2}/outage.txt", Outage);
        }

        var serial = await CliRunner.RunAsync([".", "--jobs", "1"], _folder.Path);
        var parallel = await CliRunner.RunAsync([".", "--jobs", "8"], _folder.Path);

        serial.StableStdout.ShouldContain("24 files linted");
        serial.StableStdout.ShouldContain("suppressed");
        parallel.StableStdout.ShouldBe(serial.StableStdout);
    }
}
