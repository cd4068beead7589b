using ReplyLint.Engine;

namespace ReplyLint.Core.Tests.Engine;

public sealed class FileDiscoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string[] Discover(params string[] inputs) => DiscoverResult(inputs).Files.Select(static f => f.DisplayPath).ToArray();

    private DiscoveryResult DiscoverResult(params string[] inputs)
    {
        var result = FileDiscovery.Discover(inputs, _folder.Root);
        foreach (var file in result.Files)
        {
            // Whatever the input, every file found is absolute and exists, and its display path leads to it.
            Path.IsPathFullyQualified(file.FullPath).ShouldBeTrue(file.FullPath);
            File.Exists(file.FullPath).ShouldBeTrue(file.FullPath);
            Path.GetFullPath(file.DisplayPath, _folder.Root).ShouldBe(file.FullPath);
        }

        return result;
    }

    [Fact]
    public void A_folder_gives_its_markdown_text_html_and_data_files_recursively_and_nothing_else()
    {
        _folder.Write("lib/refund.md", "x");
        _folder.Write("lib/outage.markdown", "x");
        _folder.Write("lib/sms.txt", "x");
        _folder.Write("lib/macro.html", "x");
        _folder.Write("lib/billing/old-macro.htm", "x");
        _folder.Write("lib/billing/late/fee.md", "x");
        _folder.Write("lib/billing/notes.txt", "x");
        _folder.Write("lib/config.json", "{}");
        _folder.Write("lib/exports/macros.json", "{\"macros\": []}");
        _folder.Write("lib/logo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0]);
        _folder.Write("lib/README", "x");
        _folder.Write("lib/billing/draft.md.bak", "x");
        _folder.Write("elsewhere.md", "x");

        var result = DiscoverResult("lib");

        result.Files.Select(static f => f.DisplayPath).ShouldBe(
        [
            "lib/billing/late/fee.md",
            "lib/billing/notes.txt",
            "lib/billing/old-macro.htm",
            "lib/exports/macros.json",
            "lib/macro.html",
            "lib/outage.markdown",
            "lib/refund.md",
            "lib/sms.txt",
        ]);
        result.Files.ShouldAllBe(static f => !f.IsExplicit);
        result.Problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(".git")]
    [InlineData("node_modules")]
    [InlineData("bin")]
    [InlineData("obj")]
    public void Tool_and_build_folders_are_skipped_at_any_depth(string skipped)
    {
        _folder.Write("lib/kept.md", "x");
        _folder.Write($"lib/{skipped}/top.md", "x");
        _folder.Write($"lib/a/b/{skipped}/deep.md", "x");
        _folder.Write($"lib/a/b/{skipped}/c/deeper.txt", "x");
        _folder.Write($"{skipped}/at-the-base.md", "x");

        Discover("lib").ShouldBe(["lib/kept.md"]);
        Discover(".").ShouldBe(["lib/kept.md"]);
        Discover("lib/**/*.md").ShouldBe(["lib/kept.md"]);
    }

    [Fact]
    public void A_folder_named_like_a_skipped_one_is_not_skipped()
    {
        _folder.Write("lib/binder/a.md", "x");
        _folder.Write("lib/objects/b.md", "x");
        _folder.Write("lib/my.git/c.md", "x");

        Discover("lib").ShouldBe(["lib/binder/a.md", "lib/my.git/c.md", "lib/objects/b.md"]);
    }

    [Theory]
    [InlineData("data/macros.json")]
    [InlineData("data/reply.html")]
    [InlineData("data/NOEXTENSION")]
    [InlineData("data/node_modules/pkg/reply.md")]
    public void A_file_named_explicitly_is_included_whatever_its_extension_or_folder(string path)
    {
        _folder.Write(path, "x");

        var result = DiscoverResult(path);

        result.Files.Select(static f => f.DisplayPath).ShouldBe([path]);
        result.Files[0].IsExplicit.ShouldBeTrue();
        result.Problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("macros.json", "{\"macros\": [{\"id\": 1}]}", true)]
    [InlineData("one-macro.json", "{\"id\": 1, \"title\": \"T\", \"actions\": []}", true)]
    [InlineData("replies.yml", "replies:\n  - name: A\n    body: B\n", true)]
    [InlineData("freshdesk.json", "[{\"id\": 1, \"folder_id\": 2, \"content_html\": \"x\"}]", true)]
    [InlineData("front-one.json", "{\"id\": \"rsp_1\", \"name\": \"A\", \"body\": \"<p>x</p>\"}", true)]
    [InlineData("intercom-one.json", "{\"type\": \"macro\", \"id\": \"1\", \"body\": \"<p>x</p>\"}", true)]
    [InlineData("package.json", "{\"name\": \"acme\", \"version\": \"1.0.0\"}", false)]
    [InlineData("workflow.yml", "on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n", false)]
    [InlineData(".replylint.yaml", "root: true\nrules:\n  RL1004: error\n", false)]
    public void A_data_file_in_a_folder_is_kept_only_when_it_shows_the_keys_of_an_export(string name, string text, bool kept)
    {
        _folder.Write("lib/reply.md", "x");
        _folder.Write("lib/" + name, text);

        Discover("lib").Contains("lib/" + name).ShouldBe(kept);
    }

    [Fact]
    public void A_data_file_a_format_mapping_names_is_kept_whatever_it_holds()
    {
        _folder.Write("lib/listing.json", "[{\"key\": 1, \"text\": \"x\"}]");
        var mapped = FileDiscovery.Discover(["lib"], _folder.Root, new DiscoveryFilter { HasExportMapping = static path => path.EndsWith("listing.json", StringComparison.Ordinal) });

        mapped.Files.Select(static f => f.DisplayPath).ShouldBe(["lib/listing.json"]);
        DiscoverResult("lib").Problems.ShouldBe(["no template (*.md, *.markdown, *.txt, *.html, *.htm) or export (*.json, *.yml, *.yaml) in the folder 'lib'"]);
        DiscoverResult("lib/*.json").Problems.ShouldBe(["no template export among the data files that match the pattern 'lib/*.json'"]);
    }

    [Fact]
    public void A_file_named_and_also_found_in_its_folder_counts_as_named()
    {
        _folder.Write("lib/macros.json", "{\"macros\": []}");

        DiscoverResult("lib", "lib/macros.json").Files.ShouldHaveSingleItem().IsExplicit.ShouldBeTrue();
        DiscoverResult("lib/macros.json", "lib").Files.ShouldHaveSingleItem().IsExplicit.ShouldBeTrue();
        DiscoverResult("lib/*.json").Files.ShouldHaveSingleItem().IsExplicit.ShouldBeFalse();
    }

    [Fact]
    public void A_backslash_in_a_file_name_is_kept_where_it_is_not_the_separator()
    {
        if (Path.DirectorySeparatorChar == '\\')
        {
            return; // on Windows it is the separator, and no file name holds one
        }

        _folder.Write("lib/a\\b.md", "x");

        Discover("lib").ShouldBe(["lib/a\\b.md"]);
    }

    [Fact]
    public void A_glob_with_a_folder_part_is_relative_to_the_base()
    {
        _folder.Write("sub/a.md", "x");
        _folder.Write("sub/x/y/b.md", "x");
        _folder.Write("sub/x/c.txt", "x");
        _folder.Write("other/d.md", "x");
        _folder.Write("e.md", "x");

        Discover("sub/**/*.md").ShouldBe(["sub/a.md", "sub/x/y/b.md"]);
    }

    [Fact]
    public void A_glob_without_a_folder_part_matches_in_the_base_only()
    {
        _folder.Write("a.txt", "x");
        _folder.Write("b.txt", "x");
        _folder.Write("c.md", "x");
        _folder.Write("sub/d.txt", "x");

        Discover("*.txt").ShouldBe(["a.txt", "b.txt"]);
    }

    [Fact]
    public void A_glob_with_a_wildcard_folder_matches_one_level()
    {
        _folder.Write("teams/billing/a.md", "x");
        _folder.Write("teams/support/b.md", "x");
        _folder.Write("teams/support/deep/c.md", "x");

        Discover("teams/*/*.md").ShouldBe(["teams/billing/a.md", "teams/support/b.md"]);
    }

    [Fact]
    public void An_absolute_glob_works_and_is_displayed_relative_to_the_base()
    {
        _folder.Write("sub/a.md", "x");
        _folder.Write("sub/deep/b.md", "x");
        _folder.Write("sub/c.txt", "x");

        Discover(Path.Combine(_folder.Root, "sub", "**", "*.md")).ShouldBe(["sub/a.md", "sub/deep/b.md"]);
    }

    [Fact]
    public void An_absolute_file_path_is_displayed_relative_to_the_base()
    {
        var fullPath = _folder.Write("sub/a.md", "x");

        Discover(fullPath).ShouldBe(["sub/a.md"]);
    }

    [Fact]
    public void A_file_outside_the_base_is_displayed_with_dot_dot()
    {
        _folder.CreateFolder("base");
        _folder.Write("outside.md", "x");
        _folder.Write("sibling/y.md", "x");

        var result = FileDiscovery.Discover(["../outside.md", "../sibling"], _folder.PathOf("base"));

        result.Files.Select(static f => f.DisplayPath).ShouldBe(["../outside.md", "../sibling/y.md"]);
        result.Files[0].FullPath.ShouldBe(_folder.PathOf("outside.md"));
        result.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Overlapping_inputs_give_each_file_once()
    {
        _folder.Write("lib/a.md", "x");
        _folder.Write("lib/sub/b.md", "x");
        _folder.Write("lib/c.txt", "x");

        var result = DiscoverResult(
            "lib", "lib/a.md", "./lib/a.md", "lib/../lib/a.md", _folder.PathOf("lib/a.md"), "lib/**/*.md", "lib/sub", "lib/*.txt", "lib");

        result.Files.Select(static f => f.DisplayPath).ShouldBe(["lib/a.md", "lib/c.txt", "lib/sub/b.md"]);
        result.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Files_are_in_ordinal_order_of_display_path_whatever_the_input_order()
    {
        string[] names = ["b.md", "B.md", "_c.md", "a.md", "a/z.md", "a-b.md", "Z/a.md", "10.md", "9.md", "é.md"];
        foreach (var name in names)
        {
            _folder.Write(name, "x");
        }

        var expected = names.Order(StringComparer.Ordinal).ToArray();
        expected.ShouldBe(["10.md", "9.md", "B.md", "Z/a.md", "_c.md", "a-b.md", "a.md", "a/z.md", "b.md", "é.md"]);

        Discover(names).ShouldBe(expected);
        Discover([.. names.Reverse()]).ShouldBe(expected);
        Discover(".").ShouldBe(expected);
        Discover("**/*.md").ShouldBe(expected);
    }

    [Fact]
    public void Display_paths_use_forward_slashes()
    {
        _folder.Write("a/b/c/d.md", "x");

        Discover("a").ShouldBe(["a/b/c/d.md"]);
        Discover(Path.Combine("a", "b", "c", "d.md")).ShouldBe(["a/b/c/d.md"]);
    }

    [Fact]
    public void A_missing_path_is_a_problem_and_the_other_inputs_still_count()
    {
        _folder.Write("a.md", "x");

        var result = DiscoverResult("missing.md", "a.md", "no/such/folder");

        result.Files.Select(static f => f.DisplayPath).ShouldBe(["a.md"]);
        result.Problems.ShouldBe(["no such file or folder: 'missing.md'", "no such file or folder: 'no/such/folder'"]);
    }

    [Fact]
    public void A_folder_without_templates_is_a_problem()
    {
        _folder.Write("assets/logo.png", [0x89, 0x50, 0x4E, 0x47]);
        _folder.Write("assets/data.csv", "a,b");
        _folder.Write("assets/node_modules/skipped.md", "x");
        _folder.CreateFolder("empty");

        var result = DiscoverResult("assets", "empty");

        result.Files.ShouldBeEmpty();
        result.Problems.ShouldBe(
        [
            "no template (*.md, *.markdown, *.txt, *.html, *.htm) or export (*.json, *.yml, *.yaml) in the folder 'assets'",
            "no template (*.md, *.markdown, *.txt, *.html, *.htm) or export (*.json, *.yml, *.yaml) in the folder 'empty'",
        ]);
    }

    [Theory]
    [InlineData("*.xyz")]
    [InlineData("sub/**/*.md")]
    [InlineData("missing/**/*.md")]
    [InlineData("**/nothing-*.txt")]
    public void A_glob_that_matches_nothing_is_a_problem(string pattern)
    {
        _folder.Write("a.md", "x");
        _folder.Write("sub/a.txt", "x");

        var result = DiscoverResult(pattern);

        result.Files.ShouldBeEmpty();
        result.Problems.ShouldBe([$"no file matches the pattern '{pattern}'"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_path_is_a_problem(string input)
    {
        _folder.Write("a.md", "x");

        var result = DiscoverResult(input, "a.md");

        result.Files.Select(static f => f.DisplayPath).ShouldBe(["a.md"]);
        result.Problems.ShouldBe(["an empty path was given"]);
    }

    [Fact]
    public void Problems_keep_the_input_order()
    {
        var result = DiscoverResult("z-missing.md", "", "*.nothing", "a-missing");

        result.Problems.ShouldBe(
        [
            "no such file or folder: 'z-missing.md'",
            "an empty path was given",
            "no file matches the pattern '*.nothing'",
            "no such file or folder: 'a-missing'",
        ]);
    }

    [Theory]
    [InlineData("a[1].md")]
    [InlineData("what?.md")]
    [InlineData("{{name}}.md")]
    [InlineData("star*.txt")]
    public void A_file_whose_name_has_glob_characters_is_taken_literally(string name)
    {
        _folder.Write(name, "x");
        _folder.Write("a1.md", "x");
        _folder.Write("starry.txt", "x");

        var result = DiscoverResult(name);

        result.Files.Select(static f => f.DisplayPath).ShouldBe([name]);
        result.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_with_glob_characters_in_a_subfolder_is_taken_literally()
    {
        _folder.Write("old [2023]/a[1].md", "x");

        Discover("old [2023]/a[1].md").ShouldBe(["old [2023]/a[1].md"]);
        Discover(_folder.PathOf("old [2023]/a[1].md")).ShouldBe(["old [2023]/a[1].md"]);
    }

    [Fact]
    public void A_folder_whose_name_has_glob_characters_is_taken_literally()
    {
        _folder.Write("drafts [old]/a.md", "x");
        _folder.Write("drafts [old]/sub/b.txt", "x");

        var result = DiscoverResult("drafts [old]");

        result.Files.Select(static f => f.DisplayPath).ShouldBe(["drafts [old]/a.md", "drafts [old]/sub/b.txt"]);
        result.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void The_arguments_are_required()
    {
        Should.Throw<ArgumentNullException>(() => FileDiscovery.Discover(null!, _folder.Root));
        Should.Throw<ArgumentNullException>(() => FileDiscovery.Discover([], null!));
    }

    [Fact]
    public void The_display_path_is_relative_with_forward_slashes()
    {
        var baseDirectory = Path.Combine(_folder.Root, "base");

        FileDiscovery.DisplayPath(Path.Combine(baseDirectory, "a", "b.md"), baseDirectory).ShouldBe("a/b.md");
        FileDiscovery.DisplayPath(Path.Combine(_folder.Root, "c.md"), baseDirectory).ShouldBe("../c.md");
    }
}
