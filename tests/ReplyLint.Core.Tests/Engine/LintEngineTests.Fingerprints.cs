using ReplyLint.Diagnostics;
using ReplyLint.Engine;

namespace ReplyLint.Core.Tests.Engine;

public sealed partial class LintEngineTests
{
    private Dictionary<string, string> StableFingerprints(params (string Path, string Text)[] files)
    {
        var result = Engine(new PhraseAnalyzer()).Lint([.. files.Select(f => Write(f.Path, f.Text))]);
        var fingerprints = FindingFingerprints.Compute(result);
        return result.Diagnostics.ToDictionary(
            static d => $"{d.Location.Path} {d.Id} '{d.Arguments[0]}'#{d.Location.LineSpan.Start.Line}",
            d => fingerprints[d].Stable);
    }

    [Fact]
    public void A_fingerprint_survives_lines_added_above_it()
    {
        var before = FindingFingerprints.Compute(Engine(new PhraseAnalyzer()).Lint([Write("a.md", "It seems you failed to attach it.\n")]));
        var after = Engine(new PhraseAnalyzer()).Lint([Write("a.md", "Hello,\n\nThanks for writing.\n\nIt seems you  FAILED\nto attach it.\n")]);

        var finding = after.Diagnostics.Single();
        finding.Location.LineSpan.Start.Line.ShouldBe(5);
        FindingFingerprints.Compute(after)[finding].Stable.ShouldBe(before.Values.Single().Stable);
    }

    [Fact]
    public void A_fingerprint_does_not_depend_on_the_order_files_are_linted_in()
    {
        var forward = StableFingerprints(("a.md", "You failed to pay. Calm down.\n"), ("b.md", "Calm down, you failed to.\n"));
        var backward = StableFingerprints(("b.md", "Calm down, you failed to.\n"), ("a.md", "You failed to pay. Calm down.\n"));

        backward.ShouldBe(forward);
    }

    [Fact]
    public void Repeated_wording_in_a_file_gets_one_fingerprint_per_occurrence()
    {
        var fingerprints = StableFingerprints(("a.md", "You failed to pay.\n\nYou failed to call.\n\nCalm down.\n"));

        fingerprints.Values.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Different_wording_or_rule_changes_the_fingerprint_and_the_same_wording_elsewhere_does_not()
    {
        var first = StableFingerprints(("a.md", "You failed to pay.\n"));
        var same = StableFingerprints(("z/b.md", "Sadly you failed to pay.\n"));
        var other = StableFingerprints(("a.md", "Calm down.\n"));

        same.Values.Single().ShouldBe(first.Values.Single());
        other.Values.Single().ShouldNotBe(first.Values.Single());
        first.Values.Single().ShouldMatch("^[0-9a-f]{32}$");
    }

    [Fact]
    public void A_finding_carries_GitHubs_line_hash_of_its_first_line()
    {
        var result = Engine(new PhraseAnalyzer()).Lint([Write("a.md", "Hello.\n\nYou failed to pay.\n")]);

        var fingerprint = FindingFingerprints.Compute(result)[result.Diagnostics.Single()];

        fingerprint.LineHash.ShouldBe(GitHubLineHash.Compute(result.Sources["a.md"])[2]);
    }

    [Fact]
    public void An_unreadable_file_is_fingerprinted_by_its_message_and_has_no_line_hash()
    {
        var result = Engine(new PhraseAnalyzer()).Lint([Write("bin.md", [0x00, 0x01, 0x02])]);

        var finding = result.Diagnostics.Single();
        finding.Id.ShouldBe("RL0002");
        result.Sources.ShouldNotContainKey("bin.md");
        var fingerprint = FindingFingerprints.Compute(result)[finding];
        fingerprint.LineHash.ShouldBeNull();
        fingerprint.Stable.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void Suppressing_a_finding_does_not_shift_the_occurrence_of_another()
    {
        var result = Engine(new PhraseAnalyzer()).Lint([Write("a.md", "You failed to pay.\n\nYou failed to call.\n")]);
        var all = FindingFingerprints.Compute(result);
        var withFirstSuppressed = result with { Diagnostics = [result.Diagnostics[1]] };
        withFirstSuppressed = withFirstSuppressed with { Suppressed = [result.Diagnostics[0].WithSuppression(new Suppression(SuppressionKind.InSource))] };

        FindingFingerprints.Compute(withFirstSuppressed)[result.Diagnostics[1]].ShouldBe(all[result.Diagnostics[1]]);
    }

    [Fact]
    public void Matched_text_is_lower_cased_with_white_space_made_one_space()
    {
        var result = Engine(new PhraseAnalyzer()).Lint([Write("a.md", "You  FAILED\n\tto pay.\n")]);
        var finding = result.Diagnostics.Single();

        FindingFingerprints.MatchedText(finding, result.Sources["a.md"]).ShouldBe("you failed to");
    }

    [Fact]
    public void A_message_that_names_linted_files_gets_the_same_fingerprint_from_any_working_directory()
    {
        var a = _folder.Write("lib/replies/a.md", "Hello.\n");
        var b = _folder.Write("lib/other/b.md", "Hello.\n");
        LintResult Result(string aPath, string bPath, string message) => new(
            [new TemplateFile(a, aPath), new TemplateFile(b, bPath)],
            [Diagnostic.Create(PhraseAnalyzer.Descriptor, Location.FileStart(aPath), null, message)]);

        var fromRoot = Result("lib/replies/a.md", "lib/other/b.md", "a.md' is like 'lib/other/b.md', not 'lib/replies/a.md");
        var fromReplies = Result("a.md", "../other/b.md", "a.md' is like '../other/b.md', not 'a.md");
        var withFullPaths = Result("a.md", "../other/b.md", $"a.md' is like '{b}', not '{a}");
        static string Stable(LintResult result) => FindingFingerprints.Compute(result)[result.Diagnostics[0]].Stable;

        Stable(fromReplies).ShouldBe(Stable(fromRoot));
        Stable(withFullPaths).ShouldBe(Stable(fromRoot));
        Stable(Result("a.md", "../other/b.md", "a.md' is like '../other/c.md', not 'a.md")).ShouldNotBe(Stable(fromRoot));
    }
}
