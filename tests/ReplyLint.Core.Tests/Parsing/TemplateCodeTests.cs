using ReplyLint.Parsing;

namespace ReplyLint.Core.Tests.Parsing;

/// <summary>The parser records where a Markdown body's code is, so that what is written inside it (a comment, a
/// directive) is known to be code.</summary>
public sealed class TemplateCodeTests
{
    private static string[] Code(string text, string path = "t.md")
    {
        var document = TemplateParser.Parse(text, path);
        return [.. document.Code.Select(span => text.Substring(span.Start, span.Length))];
    }

    // Markdig ends an indented code block after the line break that follows it.
    [Fact]
    public void Code_blocks_and_inline_code_are_recorded_in_source_order()
    {
        Code("Use `SAVE10` or ``a ` b``.\n\n```html\n<!-- x -->\n```\n\n    indented\n\n> ~~~\n> quoted\n> ~~~\n")
            .ShouldBe(["`SAVE10`", "``a ` b``", "```html\n<!-- x -->\n```", "    indented\n", "~~~\n> quoted\n> ~~~"]);
    }

    [Fact]
    public void Code_keeps_source_offsets_after_front_matter_and_with_CRLF()
    {
        Code("---\ntitle: `x`\n---\r\nUse `SAVE10`.\r\n\r\n```\r\ncode\r\n```\r\n").ShouldBe(["`SAVE10`", "```\r\ncode\r\n```"]);
    }

    [Theory]
    [InlineData("Use `SAVE10`.\n\n```\ncode\n```\n", "t.txt")]
    [InlineData("No code here, only <!-- a comment -->.\n", "t.md")]
    public void Plain_text_and_code_free_Markdown_have_none(string text, string path) =>
        Code(text, path).ShouldBeEmpty();
}
