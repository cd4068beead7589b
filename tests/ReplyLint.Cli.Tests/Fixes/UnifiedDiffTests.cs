using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReplyLint.Cli.Tests.Fixes;

public sealed partial class UnifiedDiffTests
{
    private static string Diff(string before, string after)
    {
        var writer = new StringWriter();
        UnifiedDiff.Write(writer, "a.md", before, after);
        return writer.ToString();
    }

    [Fact]
    public void Equal_texts_give_no_diff() => Diff("a\nb\n", "a\nb\n").ShouldBeEmpty();

    [Fact]
    public void A_changed_line_comes_with_three_lines_of_context()
    {
        var before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        Diff(before, after).ShouldBe("--- a/a.md\n+++ b/a.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    }

    [Fact]
    public void Changes_far_apart_get_hunks_of_their_own_and_close_ones_share_one()
    {
        var lines = Enumerable.Range(1, 30).Select(static i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var before = string.Join('\n', lines) + "\n";
        var after = before.Replace("\n2\n", "\ntwo\n", StringComparison.Ordinal).Replace("\n8\n", "\neight\n", StringComparison.Ordinal)
            .Replace("\n25\n", "\ntwenty-five\n", StringComparison.Ordinal);

        var diff = Diff(before, after);

        diff.Split('\n').Where(static l => l.StartsWith("@@", StringComparison.Ordinal)).ShouldBe(["@@ -1,11 +1,11 @@", "@@ -22,7 +22,7 @@"]);
    }

    [Fact]
    public void A_crlf_file_keeps_its_crs_so_the_diff_applies_to_it()
    {
        Diff("Hi!!\r\nBye.\r\n", "Hi!\r\nBye.\r\n").ShouldBe("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n-Hi!!\r\n+Hi!\r\n Bye.\r\n");
    }

    [Fact]
    public void A_last_line_without_a_line_break_is_marked()
    {
        Diff("Hi.\nThanks!!", "Hi.\nThanks!").ShouldBe(
            "--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n Hi.\n-Thanks!!\n\\ No newline at end of file\n+Thanks!\n\\ No newline at end of file\n");
    }

    [Fact]
    public void An_empty_side_is_numbered_by_the_line_before_it()
    {
        Diff("", "new\n").ShouldBe("--- a/a.md\n+++ b/a.md\n@@ -0,0 +1,1 @@\n+new\n");
        Diff("a\nb\n", "a\n").ShouldBe("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,1 @@\n a\n-b\n");
    }

    [Fact]
    public void The_diff_of_random_edits_turns_the_old_text_into_the_new()
    {
        var random = new Random(20261123);
        string[] vocabulary = ["alpha", "beta", "gamma", "delta", "", "alpha", "beta"];
        for (var run = 0; run < 300; run++)
        {
            var lineBreak = random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" };
            var before = Enumerable.Range(0, random.Next(0, 25)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToList();
            var after = before.ToList();
            for (var edit = random.Next(0, 6); edit > 0; edit--)
            {
                var at = random.Next(after.Count + 1);
                switch (random.Next(3))
                {
                    case 0 when at < after.Count: after.RemoveAt(at); break;
                    case 1 when at < after.Count: after[at] = "changed" + edit; break;
                    default: after.Insert(at, "added" + edit); break;
                }
            }

            var beforeText = Join(before, lineBreak, random.Next(2) == 0);
            var afterText = Join(after, lineBreak, random.Next(2) == 0);

            Apply(beforeText, Diff(beforeText, afterText)).ShouldBe(afterText, $"run {run}");
        }
    }

    private static string Join(List<string> lines, string lineBreak, bool finalLineBreak) =>
        lines.Count == 0 ? "" : string.Join(lineBreak, lines) + (finalLineBreak ? lineBreak : "");

    // A small patch applier that trusts nothing but the hunks: each context and removed line must be the old text's.
    private static string Apply(string before, string diff)
    {
        if (diff.Length == 0)
        {
            return before;
        }

        var old = UnifiedDiff.Lines(before);
        var result = new StringBuilder();
        var position = 0;
        var lines = UnifiedDiff.Lines(diff);
        for (var i = 2; i < lines.Count;)
        {
            var header = HunkHeader().Match(lines[i]);
            header.Success.ShouldBeTrue(lines[i]);
            var start = int.Parse(header.Groups["start"].Value, CultureInfo.InvariantCulture);
            var count = int.Parse(header.Groups["count"].Value, CultureInfo.InvariantCulture);
            var first = count == 0 ? start : start - 1;
            while (position < first)
            {
                result.Append(old[position++]);
            }

            for (i++; i < lines.Count && !lines[i].StartsWith("@@", StringComparison.Ordinal); i++)
            {
                var line = lines[i];
                if (i + 1 < lines.Count && lines[i + 1] == "\\ No newline at end of file\n")
                {
                    line = line[..^1];
                    i++;
                }

                var body = line[1..];
                if (line[0] is ' ' or '-')
                {
                    old[position].ShouldBe(body);
                    position++;
                }

                if (line[0] is ' ' or '+')
                {
                    result.Append(body);
                }
            }
        }

        while (position < old.Count)
        {
            result.Append(old[position++]);
        }

        return result.ToString();
    }

    [GeneratedRegex(@"^@@ -(?<start>\d+),(?<count>\d+) \+\d+,\d+ @@")]
    private static partial Regex HunkHeader();
}
