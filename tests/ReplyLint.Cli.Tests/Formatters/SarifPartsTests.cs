using ReplyLint.Cli.Formatters;
using ReplyLint.Cli.Tests.EndToEnd;

namespace ReplyLint.Cli.Tests.Formatters;

public sealed class SarifUrisTests
{
    [Theory]
    [InlineData("replies/late.md", "replies/late.md")]
    [InlineData("my reply #1.md", "my%20reply%20%231.md")]
    [InlineData("100%.md", "100%25.md")]
    [InlineData("ça,va.md", "%C3%A7a,va.md")]
    [InlineData("a:b?.md", "a%3Ab%3F.md")]
    [InlineData("back\\slash.md", "back%5Cslash.md")]
    [InlineData("emoji 😀.md", "emoji%20%F0%9F%98%80.md")]
    public void Paths_are_percent_encoded_per_rfc_3986(string path, string expected)
    {
        var escaped = SarifUris.EscapePath(path);
        escaped.ShouldBe(expected);
        Uri.IsWellFormedUriString(escaped, UriKind.Relative).ShouldBeTrue();
        Uri.UnescapeDataString(escaped).ShouldBe(path);
    }

    [Fact]
    public void A_path_under_the_root_is_relative_and_one_outside_is_not()
    {
        var root = Path.Combine(Path.GetTempPath(), "project");
        SarifUris.RelativeTo(root, Path.Combine(root, "a b", "c.md")).ShouldBe("a%20b/c.md");
        SarifUris.RelativeTo(root, Path.Combine(Path.GetTempPath(), "elsewhere", "c.md")).ShouldBeNull();
        SarifUris.RelativeTo(root, Path.Combine(Path.GetTempPath(), "project-two", "c.md")).ShouldBeNull();
        SarifUris.RelativeTo(root, Path.Combine(root, "..foo.md")).ShouldBe("..foo.md");
    }

    [Fact]
    public void A_folder_uri_is_absolute_and_ends_with_a_slash()
    {
        var folder = Path.Combine(Path.GetTempPath(), "a folder#1");
        var uri = SarifUris.FileUri(folder, isFolder: true);
        uri.ShouldStartWith("file:///");
        uri.ShouldEndWith("/a%20folder%231/");
        new Uri(uri).LocalPath.TrimEnd('/', '\\').ShouldBe(folder);
    }
}

public sealed class GitProvenanceTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private const string Other = "fedcba9876543210fedcba9876543210fedcba98";

    [Theory]
    [InlineData("git@github.com:replylint/replylint.git", "https://github.com/replylint/replylint.git")]
    [InlineData("https://user:token@github.com/replylint/replylint.git", "https://github.com/replylint/replylint.git")]
    [InlineData("https://x-access-token@example.com:8443/a/b", "https://example.com:8443/a/b")]
    [InlineData("ssh://git@example.com:2222/team/replies.git", "https://example.com/team/replies.git")]
    [InlineData("http://example.com/r.git", "http://example.com/r.git")]
    [InlineData("not a url://", null)]
    public void Remote_addresses_become_https_without_credentials(string remote, string? expected) =>
        GitProvenance.NormalizeRemote(remote, Path.GetTempPath()).ShouldBe(expected);

    [Fact]
    public void A_local_remote_becomes_a_file_uri()
    {
        var workTree = Path.Combine(Path.GetTempPath(), "work");
        GitProvenance.NormalizeRemote("../upstream.git", workTree).ShouldBe(SarifUris.FileUri(Path.Combine(Path.GetTempPath(), "upstream.git")));
    }

    [Fact]
    public void A_repository_gives_its_origin_commit_and_branch()
    {
        using var folder = new TempFolder();
        folder.Write(".git/HEAD", "ref: refs/heads/feature/sarif\n");
        folder.Write(".git/refs/heads/feature/sarif", Commit + "\n");
        folder.Write(".git/config", "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://example.com/fork.git\n[remote \"origin\"]\n\turl = git@github.com:replylint/replylint.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
        GitProvenance.Read(folder.Path).ShouldBe(new GitProvenance("https://github.com/replylint/replylint.git", Commit, "feature/sarif"));
    }

    [Fact]
    public void A_packed_ref_and_a_detached_head_are_read()
    {
        using var folder = new TempFolder();
        folder.Write(".git/HEAD", "ref: refs/heads/main\n");
        folder.Write(".git/packed-refs", $"# pack-refs with: peeled fully-peeled sorted\n{Other} refs/heads/dev\n{Commit} refs/heads/main\n");
        folder.Write(".git/config", "[remote \"mirror\"]\n\turl = \"https://example.com/replies.git\"\n");
        GitProvenance.Read(folder.Path).ShouldBe(new GitProvenance("https://example.com/replies.git", Commit, "main"));

        folder.Write(".git/HEAD", Other + "\n");
        GitProvenance.Read(folder.Path).ShouldBe(new GitProvenance("https://example.com/replies.git", Other, null));
    }

    [Fact]
    public void A_linked_work_tree_reads_its_head_and_the_common_refs_and_config()
    {
        using var folder = new TempFolder();
        folder.Write("main/.git/config", "[remote \"origin\"]\n\turl = https://example.com/replies.git\n");
        folder.Write("main/.git/refs/heads/topic", Commit + "\n");
        folder.Write("main/.git/worktrees/topic/HEAD", "ref: refs/heads/topic\n");
        folder.Write("main/.git/worktrees/topic/commondir", "../..\n");
        folder.Write("topic/.git", "gitdir: ../main/.git/worktrees/topic\n");
        GitProvenance.Read(Path.Combine(folder.Path, "topic")).ShouldBe(new GitProvenance("https://example.com/replies.git", Commit, "topic"));
    }

    [Fact]
    public void No_remote_no_repository_or_an_unborn_branch_never_fail()
    {
        using var folder = new TempFolder();
        GitProvenance.Read(folder.Path).ShouldBeNull();
        folder.Write(".git/HEAD", "ref: refs/heads/main\n");
        GitProvenance.Read(folder.Path).ShouldBeNull(); // no remote: the repository has no address to give
        folder.Write(".git/config", "[remote \"origin\"]\n\turl = https://example.com/replies.git\n");
        GitProvenance.Read(folder.Path).ShouldBe(new GitProvenance("https://example.com/replies.git", null, "main"));
        folder.Write("broken/.git", "gitdir: nowhere\n");
        GitProvenance.Read(Path.Combine(folder.Path, "broken")).ShouldBeNull();
    }
}

public sealed class RuleHelpTextTests
{
    private const string Page = """
        # RL9001: test-rule

        | Category | Default severity |
        |---|---|
        | Tone | warning |

        ## What it flags

        **Bold** and *emphasis*, `code **/* kept`, **`bold code`**, a {{ first_name }} placeholder, [RL2005](RL2005.md) and
        the [status page](https://status.example.com).

        ```yaml
        rules: { RL9001: none }
        ```
        """;

    [Fact]
    public void Plain_text_drops_the_markup_and_keeps_the_words()
    {
        RuleHelpText.PlainText(Page).ShouldBe("""
            RL9001: test-rule

            Category: Tone; Default severity: warning

            What it flags

            Bold and emphasis, code **/* kept, bold code, a {{ first_name }} placeholder, RL2005 and
            the status page (https://status.example.com).

                rules: { RL9001: none }

            """);
    }

    [Fact]
    public void Markdown_links_to_sibling_pages_become_absolute()
    {
        var markdown = RuleHelpText.Markdown(Page, new Uri("https://github.com/replylint/replylint/blob/main/rules/docs/RL9001.md"));
        markdown.ShouldContain("[RL2005](https://github.com/replylint/replylint/blob/main/rules/docs/RL2005.md)");
        markdown.ShouldContain("[status page](https://status.example.com)");
        markdown.ShouldStartWith("# RL9001: test-rule\n");
    }
}
