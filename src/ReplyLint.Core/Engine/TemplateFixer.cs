using ReplyLint.Fixes;
using ReplyLint.Parsing;
using ReplyLint.Text;

namespace ReplyLint.Engine;

/// <summary>What fixing one template came to.</summary>
/// <param name="Original">The text before any fix.</param>
/// <param name="Text">The text after the last round that made fixes: the same encoding and byte-order mark as
/// <paramref name="Original"/>.</param>
/// <param name="FixesApplied">How many fixes were made, over every round.</param>
/// <param name="Rounds">How many rounds made fixes.</param>
/// <param name="Problem">Why fixing stopped before no fix was left to make (the fixes did not settle, or the fixed
/// text could not be parsed), in one sentence without a final period; null when it reached that point.</param>
public sealed record FixOutcome(SourceText Original, SourceText Text, int FixesApplied, int Rounds, string? Problem)
{
    /// <summary>Whether the text differs from the original.</summary>
    public bool IsChanged => !string.Equals(Original.Text, Text.Text, StringComparison.Ordinal);
}

/// <summary>Fixes a template until no fix is left to make: lint, apply the fixes (<see cref="FixApplier"/>), and
/// again, up to a bound on rounds. Each round lints the text as it is then, with the file's own settings, so a fix
/// that overlapped another, or that a fix made possible, gets its turn.</summary>
public static class TemplateFixer
{
    /// <summary>The default bound on rounds. Fixes that still change the text after this many rounds undo or feed one
    /// another; the text of the last round is kept and the outcome says so.</summary>
    public const int DefaultMaxRounds = 10;

    /// <summary>Fixes <paramref name="text"/> as the template <paramref name="file"/> (its path decides the format and
    /// the settings), linting it with <paramref name="engine"/>. Only findings the engine reports get fixed: those at
    /// severity none or silent, and suppressed ones, do not.</summary>
    public static FixOutcome Fix(LintEngine engine, TemplateFile file, SourceText text, int maxRounds = DefaultMaxRounds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRounds, 1);

        var current = text;
        var applied = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal) { text.Text };
        for (var round = 0; ; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FixApplication application;
            try
            {
                var diagnostics = engine.LintFile(file with { Text = current }, cancellationToken);
                var document = TemplateParser.Parse(current, file.DisplayPath, TemplateParser.FormatOf(file.FullPath));
                application = FixApplier.Apply(document, diagnostics);
            }
            catch (TemplateParseException exception)
            {
                return new FixOutcome(text, current, applied, round, $"the fixed text could not be parsed ({exception.Message.TrimEnd('.')}); the fixes before that are kept");
            }

            if (application.Applied.IsEmpty)
            {
                return new FixOutcome(text, current, applied, round, null);
            }

            if (round == maxRounds)
            {
                return new FixOutcome(text, current, applied, round, $"fixes were still changing the text after {maxRounds} rounds; the text of the last round is kept");
            }

            if (!seen.Add(application.Text))
            {
                return new FixOutcome(text, current, applied, round, "fixes undo one another, bringing back an earlier text; the text before that is kept");
            }

            applied += application.Applied.Length;
            current = new SourceText(application.Text, text.Encoding, text.HasByteOrderMark);
        }
    }
}
