namespace ReplyLint.Rules.Tests.Verifiers;

/// <summary>The whole-template cases of a rule: <c>Cases/{RuleId}/*.md</c>, copied beside the test assembly.</summary>
public static class CaseFiles
{
    /// <summary>The relative paths (<c>Cases/RL1004/late-order.md</c>) of a rule's case files, as theory data.</summary>
    public static TheoryData<string> For(string ruleId)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Cases", ruleId);
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.*").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file).Replace('\\', '/'));
        }

        return data;
    }

    /// <summary>The markup of a case file, by the relative path <see cref="For"/> gave.</summary>
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));
}
