using System.Collections.Immutable;
using ReplyLint.Analysis;
using ReplyLint.Configuration;
using ReplyLint.Engine;
using ReplyLint.Fixes;
using ReplyLint.Parsing;
using ReplyLint.Rules.Completeness;
using ReplyLint.Text;

namespace ReplyLint.Rules.Tests.Fixes;

/// <summary>Each rule that offers a fix, on whole templates (<c>Fixes/Cases/{RuleId}/*</c>): what <c>--fix</c> makes of
/// them, as approved snapshots (<c>Fixes/approved/</c>). ACME001 is a phrase pack rule with a <c>suggest:</c>.</summary>
public sealed class FixCaseTests
{
    private const string NamePlaceholder = "{{customer.first_name}}";

    private static readonly PhrasePack Pack = PhrasePack.Parse(
        """
        rules:
          - id: ACME001
            name: internal-jargon
            category: Clarity
            severity: warning
            message: "'{0}' is internal jargon."
            phrases:
              - match: "RMA"
                suggest: "return authorization"
              - match: "per our policy"
        """,
        "acme.yaml");

    // RL2006 offers its fix only when it knows the name placeholder to write.
    private static readonly LintEngine Engine = new(
        [.. BuiltInRules.All, .. Pack.Rules],
        new LintOptions
        {
            AnalyzerOptions = new AnalyzerOptions(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty.Add(
                RL2006GenericGreeting.Id,
                ImmutableDictionary<string, string>.Empty.Add(RL2006GenericGreeting.NamePlaceholderOption, NamePlaceholder))),
        });

    public static TheoryData<string> Cases
    {
        get
        {
            var root = Path.Combine(AppContext.BaseDirectory, "Fixes", "Cases");
            var data = new TheoryData<string>();
            foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fix_gives_the_approved_text(string relativePath)
    {
        var ruleId = relativePath[..relativePath.IndexOf('/', StringComparison.Ordinal)];
        var (file, text) = Read(relativePath);
        Engine.LintFile(file with { Text = text }).ShouldContain(d => d.Id == ruleId && d.Fix != null, $"{relativePath} has no {ruleId} finding with a fix");

        var outcome = TemplateFixer.Fix(Engine, file, text);

        outcome.Problem.ShouldBeNull();
        outcome.IsChanged.ShouldBeTrue();
        var left = Engine.LintFile(file with { Text = outcome.Text });
        FixApplier.Apply(TemplateParser.Parse(outcome.Text, file.DisplayPath, TemplateParser.FormatOf(file.FullPath)), left).Applied.ShouldBeEmpty();
        LineBreaks(outcome.Text.Text).ShouldBe(LineBreaks(text.Text)); // fixes on one line never add or change a line break
        outcome.Text.Text.ShouldMatchApproved(c => c
            .SubFolder("approved")
            .WithDiscriminator(relativePath.Replace('/', '.')[..relativePath.LastIndexOf('.')])
            .WithFileExtension(Path.GetExtension(relativePath))
            .NoDiff());
    }

    [Fact]
    public void Findings_that_need_a_person_never_carry_a_fix()
    {
        // A missing apology, next step, empathy or escalation path needs words only the writer can choose.
        string[] needPerson = ["RL2001", "RL2002", "RL2003", "RL2005"];
        var corpus = Path.Combine(AppContext.BaseDirectory, "Corpus", "templates");
        var found = 0;
        foreach (var path in Directory.EnumerateFiles(corpus))
        {
            var text = new SourceText(File.ReadAllText(path));
            foreach (var diagnostic in Engine.LintFile(new TemplateFile(path, Path.GetFileName(path)) { Text = text }))
            {
                if (needPerson.Contains(diagnostic.Id))
                {
                    found++;
                    diagnostic.Fix.ShouldBeNull($"{diagnostic} carries a fix");
                }
            }
        }

        found.ShouldBeGreaterThan(20);
    }

    private static (TemplateFile File, SourceText Text) Read(string relativePath)
    {
        var fullPath = Path.Combine(AppContext.BaseDirectory, "Fixes", "Cases", relativePath);
        FileReader.TryDecode(File.ReadAllBytes(fullPath), out var text, out var problem).ShouldBeTrue(problem);
        return (new TemplateFile(fullPath, relativePath), text!);
    }

    // The line breaks of a text in order: "\r\n", "\n" or "\r" for each.
    private static List<string> LineBreaks(string text)
    {
        var breaks = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                breaks.Add("\r\n");
                i++;
            }
            else if (text[i] is '\r' or '\n')
            {
                breaks.Add(text[i].ToString());
            }
        }

        return breaks;
    }
}
