using ReplyLint.Analysis;
using ReplyLint.Parsing;

namespace ReplyLint.Core.Tests.Analysis;

public sealed class PhraseMatchRelationTests
{
    private static readonly PhraseList Blame = new("blame", [new PhraseEntry("you failed to")]);
    private static readonly PhraseList Help = new("help", [new PhraseEntry("if you failed to receive")]);
    private static readonly PhraseList Code = new("code", [new PhraseEntry("receive the code")]);

    private static List<PhraseMatch> Matches(string text)
    {
        var matcher = PhraseMatcher.Compile([Blame, Help, Code]);
        var found = new List<PhraseMatch>();
        foreach (var sentence in TemplateParser.Parse(text, "t.md").Sentences)
        {
            matcher.FindMatches(sentence, found);
        }

        return found;
    }

    [Fact]
    public void A_match_inside_a_longer_one_overlaps_it_and_is_inside_it()
    {
        var found = Matches("If you failed to receive the code, click resend.");
        var blame = found.Single(m => m.List == Blame);
        var help = found.Single(m => m.List == Help);
        var code = found.Single(m => m.List == Code);

        blame.IsInside(help).ShouldBeTrue();
        blame.OverlapsAny([help]).ShouldBeTrue();
        help.IsInside(blame).ShouldBeFalse();
        code.Overlaps(help).ShouldBeTrue();    // they share "receive"
        code.IsInside(help).ShouldBeFalse();   // but "the code" lies outside
        blame.Overlaps(code).ShouldBeFalse();
        code.IsInsideAny([blame, help]).ShouldBeFalse();
        blame.IsInsideAny([code, help]).ShouldBeTrue();
    }

    [Fact]
    public void Matches_in_different_sentences_never_overlap()
    {
        var found = Matches("You failed to. If you failed to receive it, fine.");
        var first = found.First(m => m.List == Blame);
        var help = found.Single(m => m.List == Help);

        first.OverlapsAny([help]).ShouldBeFalse();
        first.IsInsideAny([help]).ShouldBeFalse();
    }
}
