using ReplyLint.Rules.Tone;
using Xunit.Sdk;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Tone.RL1004RoboticWording>;

namespace ReplyLint.Rules.Tests.Verifiers;

public sealed class RuleVerifierTests
{
    [Fact]
    public async Task A_missing_marker_fails_with_the_corrected_input()
    {
        var exception = await Should.ThrowAsync<XunitException>(() => Verify.DiagnosticsAsync("Hi.\nWe apologize for any inconvenience."));

        exception.Message.ShouldContain("RL1004 (2,1,2,35) \"We apologize for any inconvenience\"");
        exception.Message.ShouldContain("Hi.\n[|We apologize for any inconvenience|].");
        exception.Message.ShouldContain("As a C# string: \"Hi.\\n[|We apologize for any inconvenience|].\"");
    }

    [Fact]
    public async Task An_extra_marker_fails()
    {
        var exception = await Should.ThrowAsync<XunitException>(() => Verify.DiagnosticsAsync("[|I'm sorry your order arrived late|]."));

        exception.Message.ShouldContain("Expected:\n    RL1004 (1,1,1,34)");
        exception.Message.ShouldContain("As a C# string: \"I'm sorry your order arrived late.\"");
    }

    [Fact]
    public async Task A_marker_with_the_wrong_span_fails()
    {
        var exception = await Should.ThrowAsync<XunitException>(() => Verify.DiagnosticsAsync("[|We apologize for any inconvenience.|]"));

        exception.Message.ShouldContain("[|We apologize for any inconvenience|].");
    }

    [Fact]
    public async Task NoDiagnosticsAsync_fails_on_any_finding()
    {
        var exception = await Should.ThrowAsync<XunitException>(() => Verify.NoDiagnosticsAsync("We value your business."));

        exception.Message.ShouldContain("[|We value your business|].");
    }

    [Fact]
    public Task Tool_diagnostics_come_along() =>
        Verify.DiagnosticsAsync("---\ntitle: [unclosed{|RL0004:\n|}---\n[|We value your business|].");

    [Fact]
    public async Task Wrong_message_arguments_fail()
    {
        var exception = await Should.ThrowAsync<XunitException>(() =>
            Verify.DiagnosticsAsync("{|#0:We value your business|}.", new ExpectedArguments(0, "We value you")));

        exception.Message.ShouldContain("Expected: \"We value you\"");
        exception.Message.ShouldContain("Actual:   \"We value your business\"");
    }

    [Fact]
    public async Task Arguments_for_an_unmarked_location_are_a_test_setup_error() =>
        await Should.ThrowAsync<ArgumentException>(() =>
            Verify.DiagnosticsAsync("[|We value your business|].", new ExpectedArguments(1, "We value your business")));

    [Fact]
    public async Task A_wrong_fix_result_fails()
    {
        var exception = await Should.ThrowAsync<XunitException>(() =>
            Verify.VerifyFixAsync("[|At this point in time|] we can't.", "At the moment we can't."));

        exception.Message.ShouldContain("Actual:   \"Now we can't.\"");
    }

    [Fact]
    public void Fixes_apply_right_to_left()
    {
        const string Text = "At this point in time we can't. At this moment in time we can.";

        var fixedText = Verify.ApplyFixes(Text, Verify.Analyze(Text));

        fixedText.ShouldBe("Now we can't. Now we can.");
    }

    [Fact]
    public void Plain_text_is_parsed_by_the_path()
    {
        // Markdown would drop the emphasis markers from the match; plain text keeps them as written.
        Verify.Analyze("We value *your* business.", "reply.txt").ShouldHaveSingleItem().Arguments.ShouldBe(["We value *your* business"]);
        Verify.Analyze("We value *your* business.").ShouldHaveSingleItem().Arguments.ShouldBe(["We value your business"]);
    }

    [Fact]
    public void The_rule_under_test_is_the_only_rule()
    {
        Verify.Analyze("We will look into it.").ShouldBeEmpty(); // RL2002 would flag this
        RL1004RoboticWording.Descriptor.Id.ShouldBe(RL1004RoboticWording.Id);
    }
}
