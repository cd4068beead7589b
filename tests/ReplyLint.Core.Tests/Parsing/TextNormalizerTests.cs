using ReplyLint.Parsing;

namespace ReplyLint.Core.Tests.Parsing;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("We're", "we are")]
    [InlineData("We\u2019re", "we are")]
    [InlineData("don't", "do not")]
    [InlineData("can't", "can not")]
    [InlineData("Cannot", "can not")]
    [InlineData("won't", "will not")]
    [InlineData("I'm", "i am")]
    [InlineData("I\u2019ll", "i will")]
    [InlineData("you've", "you have")]
    [InlineData("we'd", "we would")]
    [InlineData("it's", "it is")]
    [InlineData("let's", "let us")]
    [InlineData("customer's", "customer")]
    [InlineData("customers'", "customers")]
    [InlineData("follow-up", "follow up")]
    [InlineData("FOLLOW\u2011UP", "follow up")]
    [InlineData("Inconvenience", "inconvenience")]
    public void Normalizes_case_apostrophes_contractions_and_hyphens(string word, string expected) =>
        string.Join(' ', TextNormalizer.Normalize(word)).ShouldBe(expected);
}
