using System.Text;
using System.Text.Json;
using ReplyLint.Engine;

namespace ReplyLint.Cli.Tests.EndToEnd;

/// <summary><c>--fix</c> and <c>--fix-dry-run</c> over the sample library and over small libraries of their own.</summary>
[Collection(CliTests.Name)]
public sealed class FixTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // A copy of templates-sample in the temp folder, every file dated long ago, so a rewrite shows in its time stamp.
    private string CopySample()
    {
        var source = Path.Combine(CliRunner.RepositoryRoot, "templates-sample");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = _folder.WriteBytes(Path.Combine("templates-sample", Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
            File.SetLastWriteTimeUtc(copy, LongAgo);
        }

        return Path.Combine(_folder.Path, "templates-sample");
    }

    private static Dictionary<string, (byte[] Bytes, DateTime Written)> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)), StringComparer.Ordinal);

    [Fact]
    public async Task The_dry_run_shows_the_sample_librarys_fixes_as_a_diff_and_changes_nothing()
    {
        var sample = CopySample();
        var before = Snapshot(sample);

        var outcome = await CliRunner.RunAsync(["--fix-dry-run", "templates-sample"], _folder.Path);

        outcome.Stderr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(1); // there is something to fix
        outcome.Stdout.ShouldEndWith("\nwould apply 21 fixes in 15 files\n");
        outcome.Stdout.ShouldMatchApproved(c => c.SubFolder("approved").WithDiscriminator("templates-sample").WithFileExtension(".diff").NoDiff());
        var after = Snapshot(sample);
        after.Keys.ShouldBe(before.Keys, ignoreOrder: true);
        foreach (var (path, (bytes, written)) in after)
        {
            bytes.ShouldBe(before[path].Bytes, path);
            written.ShouldBe(LongAgo, path);
        }
    }

    [Fact]
    public async Task Fix_mends_the_sample_library_writing_exactly_what_the_dry_run_showed()
    {
        var sample = CopySample();
        var before = Snapshot(sample);
        var dryRun = await CliRunner.RunAsync(["--fix-dry-run", "templates-sample"], _folder.Path);

        var outcome = await CliRunner.RunAsync(["--fix", "templates-sample"], _folder.Path);

        outcome.Stderr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(1); // errors that need a person are left
        outcome.Stdout.ShouldContain(", 21 fixes applied in 15 files (");
        outcome.StableStdout.ShouldMatchApproved(c => c.SubFolder("approved").WithDiscriminator("templates-sample").WithFileExtension(".txt").NoDiff());

        // The files that changed are the dry run's, changed as it showed; every other file keeps its bytes and time.
        var after = Snapshot(sample);
        var diff = new StringWriter();
        foreach (var (path, (bytes, written)) in after.OrderBy(static e => e.Key, StringComparer.Ordinal))
        {
            if (bytes.AsSpan().SequenceEqual(before[path].Bytes))
            {
                written.ShouldBe(LongAgo, $"{path} was rewritten without a change");
                continue;
            }

            UnifiedDiff.Write(diff, "templates-sample/" + path, Decode(before[path].Bytes), Decode(bytes));
        }

        (diff + "would apply 21 fixes in 15 files\n").ShouldBe(dryRun.Stdout);
        after.Keys.ShouldBe(before.Keys, ignoreOrder: true); // no temporary file left behind

        // A fixed point: nothing is left to fix, and a second --fix writes nothing.
        var again = await CliRunner.RunAsync(["--fix-dry-run", "templates-sample"], _folder.Path);
        again.ExitCode.ShouldBe(0);
        again.Stdout.ShouldBe("would apply 0 fixes in 0 files\n");
        var second = await CliRunner.RunAsync(["--fix", "templates-sample"], _folder.Path);
        second.Stdout.ShouldContain(", 0 fixes applied in 0 files (");
        Snapshot(sample).ShouldAllBe(entry => entry.Value.Written == after[entry.Key].Written);
    }

    [Fact]
    public async Task Applying_the_sarif_fixes_of_each_file_gives_the_text_fix_writes()
    {
        var sample = CopySample();
        var sarif = await CliRunner.RunAsync(["templates-sample", "--format", "sarif"], _folder.Path);
        await CliRunner.RunAsync(["--fix", "templates-sample"], _folder.Path);

        // Every replacement of every fix, by file; the sample's fixes never overlap, so one round makes them all.
        var replacements = new Dictionary<string, List<(int Offset, int Length, string Text)>>(StringComparer.Ordinal);
        using var log = JsonDocument.Parse(sarif.Stdout);
        foreach (var result in log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            if (!result.TryGetProperty("fixes", out var fixes))
            {
                continue;
            }

            foreach (var change in fixes.EnumerateArray().SelectMany(static f => f.GetProperty("artifactChanges").EnumerateArray()))
            {
                var uri = change.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                foreach (var replacement in change.GetProperty("replacements").EnumerateArray())
                {
                    var region = replacement.GetProperty("deletedRegion");
                    (replacements.TryGetValue(uri, out var list) ? list : replacements[uri] = []).Add((
                        region.GetProperty("charOffset").GetInt32(),
                        region.GetProperty("charLength").GetInt32(),
                        replacement.GetProperty("insertedContent").GetProperty("text").GetString()!));
                }
            }
        }

        replacements.Count.ShouldBe(15); // the files the dry run changes, four help-desk exports among them
        foreach (var (uri, edits) in replacements)
        {
            var original = new StringBuilder(Decode(File.ReadAllBytes(Path.Combine(CliRunner.RepositoryRoot, uri))));
            foreach (var (offset, length, text) in edits.OrderByDescending(static e => e.Offset))
            {
                original.Remove(offset, length).Insert(offset, text);
            }

            original.ToString().ShouldBe(Decode(File.ReadAllBytes(Path.Combine(_folder.Path, uri))), uri);
        }
    }

    [Fact]
    public async Task The_summary_counts_the_fixes_in_text_and_json()
    {
        _folder.Write("a.md", "I've refunded the charge today!!\n");
        _folder.Write("b.md", "Your parcel left the depot this morning: https://example.com/track.\n");

        var text = await CliRunner.RunAsync(["--fix", "a.md", "b.md"], _folder.Path);
        _folder.Write("a.md", "I've refunded the charge today!!\n");
        var json = await CliRunner.RunAsync(["--fix", "a.md", "b.md", "--format", "json"], _folder.Path);

        text.StableStdout.ShouldEndWith("2 files linted: 0 errors, 0 warnings, 0 suggestions, 1 fix applied in 1 file (0.00s)\n");
        (await JsonSchemaCheck.ErrorsAsync(json.Stdout)).ShouldBeEmpty();
        using var report = JsonDocument.Parse(json.Stdout);
        var fixes = report.RootElement.GetProperty("summary").GetProperty("fixes");
        fixes.GetProperty("applied").GetInt32().ShouldBe(1);
        fixes.GetProperty("files").GetInt32().ShouldBe(1);
        File.ReadAllText(Path.Combine(_folder.Path, "a.md")).ShouldBe("I've refunded the charge today!\n");
    }

    [Fact]
    public async Task Without_fix_the_json_summary_has_no_fixes()
    {
        _folder.Write("a.md", "Please do not hesitate to contact us.\n");

        var json = await CliRunner.RunAsync(["a.md", "--format", "json"], _folder.Path);

        using var report = JsonDocument.Parse(json.Stdout);
        report.RootElement.GetProperty("summary").TryGetProperty("fixes", out _).ShouldBeFalse();
    }

    public static TheoryData<string, byte[], byte[]> Encodings() => new()
    {
        { "UTF-8 without a byte-order mark, LF", Encoding.UTF8.GetBytes("Hi!!\nThanks!!"), Encoding.UTF8.GetBytes("Hi!\nThanks!") },
        { "UTF-8 with a byte-order mark, CRLF", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Hi!!\r\n\r\nThanks!!\r\n")], [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Hi!\r\n\r\nThanks!\r\n")] },
        { "UTF-16 LE", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Caf\u00e9 ouvert!!\r\n")], [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Caf\u00e9 ouvert!\r\n")] },
        { "UTF-16 BE, old Mac line breaks", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Hi!!\rBye!!\r")], [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Hi!\rBye!\r")] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_fixed_file_keeps_its_encoding_byte_order_mark_line_breaks_and_final_line_break(string name, byte[] original, byte[] expected)
    {
        var path = _folder.WriteBytes("reply.txt", original);

        var outcome = await CliRunner.RunAsync(["--fix", "reply.txt"], _folder.Path);

        outcome.Stderr.ShouldBeEmpty(name);
        File.ReadAllBytes(path).ShouldBe(expected, name);
    }

    [Fact]
    public async Task A_read_only_file_is_reported_and_left_alone_while_the_others_are_fixed()
    {
        var locked = _folder.Write("locked.md", "Thanks!!\n");
        var open = _folder.Write("open.md", "Thanks!!\n");
        MakeReadOnly(locked);
        try
        {
            var outcome = await CliRunner.RunAsync(["--fix", "locked.md", "open.md"], _folder.Path);

            outcome.ExitCode.ShouldBe(2);
            outcome.Stderr.ShouldBe("replylint: error: 'locked.md' is read-only; 1 fix was not written to it\n");
            File.ReadAllText(locked).ShouldBe("Thanks!!\n");
            File.ReadAllText(open).ShouldBe("Thanks!\n");
            outcome.Stdout.ShouldContain("locked.md(1,7,1,9): warning RL1007:"); // what is left is reported
        }
        finally
        {
            MakeWritable(locked);
        }
    }

    [Fact]
    public void A_file_changed_on_disk_while_it_was_being_fixed_is_not_overwritten()
    {
        var path = _folder.Write("reply.md", "Thanks!!\n");
        var engine = new LintEngine(ReplyLint.Rules.BuiltInRules.All);
        var fixes = Commands.LintFixes.Compute(engine, [new TemplateFile(path, "reply.md")], CancellationToken.None);
        var stderr = new StringWriter();

        var totals = Commands.LintFixes.Write(fixes, stderr, beforeWrite: p => File.WriteAllText(p, "Thanks, written by someone else!!\n"));

        stderr.ToString().ShouldBe("replylint: warning: 'reply.md' changed on disk while it was being fixed; left as it is\n");
        File.ReadAllText(path).ShouldBe("Thanks, written by someone else!!\n");
        totals.Files.ShouldBe(0);
        totals.Failed.ShouldBeFalse();
        Directory.GetFiles(_folder.Path).ShouldBe([path]);
    }

    [Fact]
    public void A_crash_between_writing_and_renaming_leaves_the_original_and_no_temporary_file()
    {
        var path = _folder.Write("reply.md", "Thanks!!\n");
        var original = File.ReadAllBytes(path);
        string? temporary = null;

        Should.Throw<IOException>(() => AtomicFile.Replace(path, "Thanks!\n"u8, original, beforeRename: t =>
        {
            temporary = t;
            File.ReadAllText(t).ShouldBe("Thanks!\n"); // the new content is complete before the rename
            throw new IOException("simulated crash");
        }));

        File.ReadAllBytes(path).ShouldBe(original);
        temporary.ShouldNotBeNull();
        Path.GetDirectoryName(temporary).ShouldBe(Path.GetDirectoryName(path)); // same folder, so the rename is atomic
        Directory.GetFiles(_folder.Path).ShouldBe([path]);
    }

    [Fact]
    public async Task Fixing_through_a_symbolic_link_rewrites_its_target_and_keeps_the_link()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // creating links needs a privilege there
        }

        var target = _folder.Write("real/reply.md", "Thanks!!\n");
        var link = Path.Combine(_folder.Path, "reply.md");
        File.CreateSymbolicLink(link, target);

        await CliRunner.RunAsync(["--fix", "reply.md"], _folder.Path);

        new FileInfo(link).LinkTarget.ShouldBe(target);
        File.ReadAllText(target).ShouldBe("Thanks!\n");
    }

    [Fact]
    public async Task A_fixed_file_keeps_its_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = _folder.Write("reply.md", "Thanks!!\n");
        const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, Mode);

        await CliRunner.RunAsync(["--fix", "reply.md"], _folder.Path);

        File.ReadAllText(path).ShouldBe("Thanks!\n");
        File.GetUnixFileMode(path).ShouldBe(Mode);
    }

    [Fact]
    public async Task Fixes_that_undo_one_another_are_reported_and_the_run_goes_on()
    {
        _folder.Write("loop.yaml", """
            rules:
              - id: LOOP001
                name: ring-to-call
                message: "'{0}' is a test."
                phrases:
                  - match: "ring us"
                    suggest: "call us"
              - id: LOOP002
                name: call-to-ring
                message: "'{0}' is a test."
                phrases:
                  - match: "call us"
                    suggest: "ring us"
            """);
        var path = _folder.Write("reply.md", "Please ring us today!!\n");

        var outcome = await CliRunner.RunAsync(["--fix", "--pack", "loop.yaml", "reply.md"], _folder.Path);

        outcome.Stderr.ShouldBe("replylint: warning: fixing 'reply.md' stopped early: fixes undo one another, bringing back an earlier text; the text before that is kept\n");
        File.ReadAllText(path).ShouldBe("Please ring us today!\n"); // the text of the round before the repeat
        outcome.ExitCode.ShouldBe(0);
    }

    [Theory]
    [InlineData(new[] { "templates-sample", "--fix", "--fix-dry-run" }, "--fix and --fix-dry-run cannot be used together; --fix-dry-run shows what --fix would do.")]
    [InlineData(new[] { "templates-sample", "--fix-dry-run", "--format", "json" }, "--fix-dry-run prints a diff; it takes no --format.")]
    [InlineData(new[] { "templates-sample", "--fix-dry-run", "--baseline", "b.json", "--update-baseline" }, "--fix-dry-run changes nothing, so it cannot --update-baseline.")]
    public async Task Fix_options_that_do_not_go_together_are_a_usage_error(string[] args, string message)
    {
        var outcome = await CliRunner.RunAsync(args);

        outcome.ExitCode.ShouldBe(2);
        outcome.Stderr.ShouldBe($"replylint: error: {message} Run 'replylint --help' for usage.\n");
        outcome.Stdout.ShouldBeEmpty();
    }

    private static string Decode(byte[] bytes)
    {
        FileReader.TryDecode(bytes, out var text, out var problem).ShouldBeTrue(problem);
        return text!.Text;
    }

    private static void MakeReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) | FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    private static void MakeWritable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
