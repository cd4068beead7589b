using System.Text;
using ReplyLint.Engine;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Engine;

/// <summary>The expected values are GitHub's own test vectors for the hash its upload action computes, so a finding
/// we upload through the API deduplicates exactly as one whose hash the action filled in.</summary>
public sealed class GitHubLineHashTests
{
    [Theory]
    [InlineData("", new[] { "c129715d7a2bc9a3:1" })]
    [InlineData(" a\nb\n  \t\tc\n d", new[] { "271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1" })]
    [InlineData(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End", new[] { "8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1", "c6805c5e1288b612:1", "b86d3392aea1be30:1", "e6ceba753e1a442:1" })]
    [InlineData(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n", new[] { "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1" })]
    [InlineData(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r", new[] { "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1" })]
    [InlineData(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n", new[] { "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1" })]
    [InlineData(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n", new[] { "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1" })]
    [InlineData("x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n", new[] { "e54938cc54b302f1:1", "bb609acbe9138d60:1", "1131fd5871777f34:1", "5c482a0f8b35ea28:1", "54517377da7028d2:1", "2c644846cb18d53e:1", "f1b89f20de0d133:1", "c129715d7a2bc9a3:1" })]
    public void Every_line_hashes_as_GitHubs_upload_action_does(string text, string[] expected) =>
        GitHubLineHash.Compute(new SourceText(text)).ShouldBe(expected);

    [Fact]
    public void Identical_windows_are_numbered_by_occurrence()
    {
        var hashes = GitHubLineHash.Compute(new SourceText(string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet.\n", 10))));

        hashes.ShouldBe([
            "a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5",
            "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1",
            "c129715d7a2bc9a3:1",
        ]);
    }

    [Fact]
    public void A_byte_order_mark_is_hashed_as_the_character_GitHub_reads()
    {
        var withBom = GitHubLineHash.Compute(new SourceText("hi\n", new UTF8Encoding(true), hasByteOrderMark: true));
        var without = GitHubLineHash.Compute(new SourceText("hi\n"));

        withBom[0].ShouldNotBe(without[0]);
        withBom[1].ShouldBe(without[1]);
    }

    [Fact]
    public void A_utf16_file_hashes_its_bytes_read_as_utf8_so_line_numbers_still_line_up()
    {
        var hashes = GitHubLineHash.Compute(new SourceText("one\ntwo\n", new UnicodeEncoding(false, true), hasByteOrderMark: true));

        hashes.Length.ShouldBe(3);
        hashes.ShouldAllBe(static h => h != null);
        hashes[0].ShouldNotBe(GitHubLineHash.Compute(new SourceText("one\ntwo\n"))[0]);
    }
}
