using System.Text;
using ReplyLint.Engine;
using ReplyLint.Text;

namespace ReplyLint.Core.Tests.Engine;

public sealed class FileReaderTests : IDisposable
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static SourceText Decode(byte[] bytes)
    {
        FileReader.TryDecode(bytes, out var text, out var problem).ShouldBeTrue(problem);
        problem.ShouldBeNull();
        return text.ShouldNotBeNull();
    }

    private static string Problem(byte[] bytes)
    {
        FileReader.TryDecode(bytes, out var text, out var problem).ShouldBeFalse();
        text.ShouldBeNull();
        return problem.ShouldNotBeNull();
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(static p => p)];

    [Fact]
    public void Utf8_without_a_byte_order_mark()
    {
        var text = Decode(Encoding.UTF8.GetBytes("Hi Zoë, we’re sorry 🙏."));

        text.Text.ShouldBe("Hi Zoë, we’re sorry 🙏.");
        text.HasByteOrderMark.ShouldBeFalse();
        text.Encoding.WebName.ShouldBe("utf-8");
        text.Encoding.GetPreamble().ShouldBeEmpty();
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_keeps_the_mark_out_of_the_text()
    {
        var text = Decode(Concat(Utf8Bom, Encoding.UTF8.GetBytes("Hello")));

        text.Text.ShouldBe("Hello");
        text.Text.ShouldNotStartWith("\uFEFF");
        text.HasByteOrderMark.ShouldBeTrue();
        text.Encoding.WebName.ShouldBe("utf-8");
        text.Encoding.GetPreamble().ShouldBe(Utf8Bom);
    }

    [Fact]
    public void A_byte_order_mark_alone_is_an_empty_text()
    {
        var text = Decode(Utf8Bom);

        text.Text.ShouldBeEmpty();
        text.HasByteOrderMark.ShouldBeTrue();
    }

    [Fact]
    public void Utf16_little_endian_with_a_byte_order_mark()
    {
        var text = Decode(Concat(Utf16LeBom, Encoding.Unicode.GetBytes("Hi Zoë 🙏\r\nBye")));

        text.Text.ShouldBe("Hi Zoë 🙏\r\nBye");
        text.HasByteOrderMark.ShouldBeTrue();
        text.Encoding.WebName.ShouldBe("utf-16");
    }

    [Fact]
    public void Utf16_big_endian_with_a_byte_order_mark()
    {
        var text = Decode(Concat(Utf16BeBom, Encoding.BigEndianUnicode.GetBytes("Hi Zoë 🙏\nBye")));

        text.Text.ShouldBe("Hi Zoë 🙏\nBye");
        text.HasByteOrderMark.ShouldBeTrue();
        text.Encoding.WebName.ShouldBe("utf-16BE");
    }

    [Theory]
    [InlineData("a\r\nb\r\n")]
    [InlineData("a\rb\nc\r\n\r\n")]
    public void Line_endings_are_kept_as_they_are(string content)
    {
        Decode(Encoding.UTF8.GetBytes(content)).Text.ShouldBe(content);
        Decode(Concat(Utf8Bom, Encoding.UTF8.GetBytes(content))).Text.ShouldBe(content);
        Decode(Concat(Utf16LeBom, Encoding.Unicode.GetBytes(content))).Text.ShouldBe(content);
    }

    [Fact]
    public void An_empty_file_is_an_empty_text_not_an_error()
    {
        var text = Decode([]);

        text.Text.ShouldBeEmpty();
        text.HasByteOrderMark.ShouldBeFalse();
        text.LineCount.ShouldBe(1);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_its_offset_and_its_line()
    {
        var bytes = Concat(Encoding.UTF8.GetBytes("line one\nline two\nab"), [0xFF], Encoding.UTF8.GetBytes("cd\n"));

        Problem(bytes).ShouldBe("the file is not valid UTF-8: byte 0xFF at offset 20 (line 3); save it as UTF-8");
    }

    [Fact]
    public void Invalid_utf8_after_a_byte_order_mark_counts_the_mark_in_the_offset()
    {
        var bytes = Concat(Utf8Bom, Encoding.UTF8.GetBytes("ab"), [0xC0, 0xAF]);

        Problem(bytes).ShouldBe("the file is not valid UTF-8: byte 0xC0 at offset 5 (line 1); save it as UTF-8");
    }

    [Fact]
    public void Windows_1252_text_is_invalid_utf8_at_its_first_accented_letter()
    {
        var bytes = Concat(Encoding.UTF8.GetBytes("Dear customer,\r\nWe are sorry, Zo"), [0xEB], Encoding.UTF8.GetBytes("."));

        Problem(bytes).ShouldBe("the file is not valid UTF-8: byte 0xEB at offset 32 (line 2); save it as UTF-8");
    }

    [Fact]
    public void A_truncated_multibyte_sequence_at_the_end_is_invalid()
    {
        var euro = Encoding.UTF8.GetBytes("€"); // E2 82 AC
        var bytes = Concat(Encoding.UTF8.GetBytes("price: 5"), euro[..2]);

        Problem(bytes).ShouldBe("the file is not valid UTF-8: byte 0xE2 at offset 8 (line 1); save it as UTF-8");
    }

    [Fact]
    public void An_encoded_surrogate_is_invalid_utf8()
    {
        Problem([0x61, 0xED, 0xA0, 0x80]).ShouldBe("the file is not valid UTF-8: byte 0xED at offset 1 (line 1); save it as UTF-8");
    }

    [Fact]
    public void A_nul_byte_means_binary_with_its_offset()
    {
        Problem(Concat(Encoding.UTF8.GetBytes("PK\x03\x04"), [0x00, 0x41]))
            .ShouldBe("the file is binary (a NUL byte at offset 4), not a text template");
    }

    [Fact]
    public void A_nul_byte_after_a_byte_order_mark_counts_the_mark_in_the_offset()
    {
        Problem(Concat(Utf8Bom, [0x41, 0x00])).ShouldBe("the file is binary (a NUL byte at offset 4), not a text template");
    }

    [Fact]
    public void Binary_wins_over_invalid_utf8()
    {
        Problem([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).ShouldBe("the file is binary (a NUL byte at offset 8), not a text template");
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_looks_binary()
    {
        Problem(Encoding.Unicode.GetBytes("Hi")).ShouldBe("the file is binary (a NUL byte at offset 1), not a text template");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41 })]
    public void Utf32_is_not_supported(byte[] bytes)
    {
        Problem(bytes).ShouldBe("the file is UTF-32, which is not supported; save it as UTF-8");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x42 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00 })]
    public void Utf16_with_an_odd_number_of_bytes_is_truncated(byte[] bytes)
    {
        Problem(bytes).ShouldBe($"the file starts as UTF-16 but has an odd number of bytes ({bytes.Length}); it is truncated or not text");
    }

    [Fact]
    public void Utf16_with_a_lone_surrogate_is_invalid()
    {
        Problem([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00])
            .ShouldBe("the file starts as UTF-16 but holds an invalid surrogate pair; save it as UTF-8");
    }

    [Fact]
    public void TryRead_reads_a_file()
    {
        var path = _folder.Write("a.md", Concat(Utf8Bom, Encoding.UTF8.GetBytes("Hi\r\nthere")));

        FileReader.TryRead(path, FileReader.DefaultMaxBytes, out var text, out var problem).ShouldBeTrue();

        problem.ShouldBeNull();
        text.ShouldNotBeNull().Text.ShouldBe("Hi\r\nthere");
        text.HasByteOrderMark.ShouldBeTrue();
    }

    [Fact]
    public void TryRead_reads_an_empty_file()
    {
        var path = _folder.Write("empty.txt", []);

        FileReader.TryRead(path, FileReader.DefaultMaxBytes, out var text, out var problem).ShouldBeTrue();

        problem.ShouldBeNull();
        text.ShouldNotBeNull().Text.ShouldBeEmpty();
    }

    [Fact]
    public void TryRead_reads_a_file_of_exactly_the_size_limit()
    {
        var path = _folder.Write("a.md", new string('a', 2048));

        FileReader.TryRead(path, 2048, out var text, out _).ShouldBeTrue();

        text.ShouldNotBeNull().Length.ShouldBe(2048);
    }

    [Fact]
    public void TryRead_does_not_read_a_file_over_the_size_limit()
    {
        // Binary content: had the file been read, the problem would say "binary".
        var path = _folder.Write("big.md", new byte[3072]);

        FileReader.TryRead(path, 2048, out var text, out var problem).ShouldBeFalse();

        text.ShouldBeNull();
        problem.ShouldBe("the file is 3 KB, over the 2 KB limit for a template (raise the limit with --max-file-size)");
    }

    [Fact]
    public void The_size_message_uses_megabytes_for_large_sizes()
    {
        var path = _folder.Write("big.md", new byte[3 * 1024 * 1024 / 2]);

        FileReader.TryRead(path, 1024 * 1024, out _, out var problem).ShouldBeFalse();

        problem.ShouldBe("the file is 1.5 MB, over the 1 MB limit for a template (raise the limit with --max-file-size)");
    }

    [Fact]
    public void TryRead_of_a_missing_file_could_not_be_read()
    {
        var path = _folder.PathOf("missing.md");

        FileReader.TryRead(path, FileReader.DefaultMaxBytes, out var text, out var problem).ShouldBeFalse();

        text.ShouldBeNull();
        problem.ShouldNotBeNull().ShouldStartWith("the file could not be read: ");
        problem.ShouldContain("missing.md");
        problem.ShouldNotEndWith(".");
    }

    [Fact]
    public void TryRead_of_a_deleted_file_could_not_be_read()
    {
        var path = _folder.Write("gone.md", "Hello");
        File.Delete(path);

        FileReader.TryRead(path, FileReader.DefaultMaxBytes, out var text, out var problem).ShouldBeFalse();

        text.ShouldBeNull();
        problem.ShouldNotBeNull().ShouldStartWith("the file could not be read: ");
    }

    [Fact]
    public void TryRead_of_a_folder_could_not_be_read()
    {
        var path = _folder.CreateFolder("folder.md");

        FileReader.TryRead(path, FileReader.DefaultMaxBytes, out var text, out var problem).ShouldBeFalse();

        text.ShouldBeNull();
        problem.ShouldNotBeNull().ShouldStartWith("the file could not be read: ");
    }

    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(1023, "1023 bytes")]
    [InlineData(1024, "1 KB")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(10 * 1024 * 1024, "10 MB")]
    [InlineData(50 * 1024 * 1024 + 100 * 1024, "50.1 MB")]
    public void Sizes_are_formatted_for_people(long bytes, string expected)
    {
        FileReader.FormatSize(bytes).ShouldBe(expected);
    }
}
