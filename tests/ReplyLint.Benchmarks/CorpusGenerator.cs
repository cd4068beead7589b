using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReplyLint.Benchmarks;

/// <summary>One generated template: its path under the corpus folder (with <c>/</c>) and its text.</summary>
public sealed record GeneratedTemplate(string RelativePath, string Text);

/// <summary>What a corpus holds.</summary>
/// <param name="Files">How many templates.</param>
/// <param name="Bytes">Their total size in UTF-8.</param>
/// <param name="SmallestBytes">The smallest template.</param>
/// <param name="LargestBytes">The largest template.</param>
/// <param name="TextFiles">How many are plain text (<c>.txt</c>) rather than Markdown.</param>
public sealed record CorpusStats(int Files, long Bytes, int SmallestBytes, int LargestBytes, int TextFiles)
{
    /// <summary>The mean size of a template in bytes.</summary>
    public double MeanBytes => Files == 0 ? 0 : (double)Bytes / Files;

    /// <summary>Adds up <paramref name="templates"/>.</summary>
    public static CorpusStats Of(IEnumerable<GeneratedTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        int files = 0, smallest = int.MaxValue, largest = 0, text = 0;
        long bytes = 0;
        foreach (var template in templates)
        {
            var size = Encoding.UTF8.GetByteCount(template.Text);
            files++;
            bytes += size;
            smallest = Math.Min(smallest, size);
            largest = Math.Max(largest, size);
            text += template.RelativePath.EndsWith(".txt", StringComparison.Ordinal) ? 1 : 0;
        }

        return new CorpusStats(files, bytes, files == 0 ? 0 : smallest, largest, text);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Files} templates ({TextFiles} .txt), {Bytes / 1e6:0.00} MB, {SmallestBytes}-{LargestBytes} bytes each, {MeanBytes:0} on average");
}

/// <summary>Makes a library of realistic reply templates for the benchmarks: YAML front matter, a greeting, three to
/// eight paragraphs that mix specific sentences with stock lines ("We apologize for any inconvenience"), placeholders,
/// lists, links, the odd code span, Liquid block and HTML comment, and a sign-off; 1-3 KB each, mostly Markdown with
/// some plain text. About a third read like templates that need work (many stock lines, often no next step), so the
/// rules find something to report, as they would in a real library.</summary>
/// <remarks>Deterministic: the same seed and count give the same files, byte for byte, on every run of the same .NET
/// (a seeded <see cref="Random"/> is a fixed sequence). It is a fixture, so an insecure generator is what we want.</remarks>
public sealed partial class CorpusGenerator
{
    /// <summary>The seed the benchmarks and <c>generate</c> use unless told otherwise.</summary>
    public const int DefaultSeed = 20_251_123;

    private const int MinimumBytes = 1_250;
    private const int MaximumBytes = 2_950;

    // A template that comes out shorter than this (short sentences, a list or quote in place of prose) gets one more
    // paragraph before its closing.
    private const int FloorBytes = 1_050;
    private const int WrapColumn = 100;

    private readonly int _seed;

    /// <summary>Creates a generator; every call of <see cref="Generate"/> starts again from <paramref name="seed"/>.</summary>
    public CorpusGenerator(int seed = DefaultSeed) => _seed = seed;

    /// <summary>The first <paramref name="count"/> templates of this seed's corpus, in order.</summary>
    public IEnumerable<GeneratedTemplate> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return GenerateCore(count);
    }

    /// <summary>Writes <paramref name="count"/> templates under <paramref name="folder"/> (created if needed; it must be
    /// empty, so that no stale file skews a measurement), as UTF-8 without a byte-order mark.</summary>
    /// <exception cref="IOException">The folder is not empty, or a file could not be written.</exception>
    public CorpusStats WriteTo(string folder, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new IOException($"the folder '{folder}' is not empty; give a new or empty folder");
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var written = new List<GeneratedTemplate>(count);
        foreach (var template in Generate(count))
        {
            var path = Path.Combine(folder, template.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, template.Text, utf8);
            written.Add(template);
        }

        return CorpusStats.Of(written);
    }

    private IEnumerable<GeneratedTemplate> GenerateCore(int count)
    {
        var random = new Random(_seed);
        for (var index = 0; index < count; index++)
        {
            yield return Next(random, index);
        }
    }

    private static GeneratedTemplate Next(Random random, int index)
    {
        var intent = Pick(random, Intents);
        var isPlainText = random.Next(8) == 0;
        var needsWork = random.Next(3) == 0;
        var wrap = random.Next(5) == 0;
        var title = Pick(random, intent.Titles);
        var channel = isPlainText ? Pick(random, ["chat", "sms", "email"]) : Pick(random, ["email", "email", "email", "email", "email", "chat", "chat", "social"]);
        var slug = Slugify(title);
        var id = string.Create(CultureInfo.InvariantCulture, $"{intent.Name}-{slug}-{index:D5}");
        var text = new StringBuilder(MaximumBytes + 512);

        text.Append("---\n")
            .Append("id: ").Append(id).Append('\n')
            .Append("title: ").Append(title).Append('\n')
            .Append("channel: ").Append(channel).Append('\n')
            .Append("intent: ").Append(intent.Name).Append('\n')
            .Append("tags: [").AppendJoin(", ", PickSome(random, intent.Tags, 1, 3)).Append("]\n")
            .Append("locale: ").Append(random.Next(6) == 0 ? "en-GB" : "en-US").Append('\n')
            .Append("---\n");

        if (!isPlainText && random.Next(6) == 0)
        {
            text.Append(Pick(random, HtmlComments)).Append("\n\n");
        }

        text.Append(needsWork && random.Next(3) == 0 ? Pick(random, StiffGreetings) : Pick(random, Greetings)).Append("\n\n");

        var signOff = Pick(random, SignOffs);
        var paragraphs = random.Next(3, 9);
        var target = random.Next(MinimumBytes, MaximumBytes);
        var stockChance = needsWork ? 0.45 : 0.06;
        var hasNextStep = !needsWork || random.Next(3) == 0;
        var bodyPool = (string[])[.. intent.Details, .. General];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var body = new List<string>(paragraphs + 2);
        for (var p = 0; p < paragraphs; p++)
        {
            var isFirst = p == 0;
            var isLast = p == paragraphs - 1;

            // The closing is short whatever the size; the paragraphs before it share what is left of the target.
            var closingReserve = isLast ? 0 : 160;
            var remaining = target - text.Length - signOff.Length - closingReserve;
            var budget = Math.Max(60, remaining / Math.Max(1, paragraphs - p - 1));
            string paragraph;
            if (isFirst)
            {
                paragraph = Paragraph(random, used, budget, needsWork ? StockOpeners : intent.Openers, bodyPool, stockChance, wrap, maxSentences: 6);
            }
            else if (isLast)
            {
                paragraph = Paragraph(random, used, budget: 0, hasNextStep ? intent.NextSteps : StockClosings, [], stockChance: 0, wrap, maxSentences: 1);
                if (random.Next(3) == 0)
                {
                    paragraph += " " + Pick(random, needsWork ? StockClosings : Closings);
                }
            }
            else
            {
                paragraph = random.Next(10) switch
                {
                    < 2 => List(random, used, intent, isPlainText, hasNextStep),
                    2 when !isPlainText => Quote(random),
                    3 when !isPlainText && random.Next(2) == 0 => Conditional(random),
                    _ => Paragraph(random, used, budget, bodyPool, bodyPool, stockChance, wrap, maxSentences: 6),
                };
            }

            if (paragraph.Length > 0)
            {
                body.Add(isPlainText ? AsPlainText(paragraph) : paragraph);
            }
        }

        var length = text.Length + signOff.Length + body.Sum(static b => b.Length + 2);
        for (var extra = 0; length < FloorBytes && extra < 3; extra++)
        {
            var paragraph = Paragraph(random, used, FloorBytes - length, bodyPool, bodyPool, stockChance, wrap, maxSentences: 6);
            body.Insert(body.Count - 1, isPlainText ? AsPlainText(paragraph) : paragraph);
            length += paragraph.Length + 2;
        }

        foreach (var paragraph in body)
        {
            text.Append(paragraph).Append("\n\n");
        }

        text.Append(signOff).Append('\n');
        var extension = isPlainText ? ".txt" : ".md";
        var path = string.Create(CultureInfo.InvariantCulture, $"{intent.Folder}/{index:D5}-{slug}{extension}");
        return new GeneratedTemplate(path, text.ToString());
    }

    // The first sentence comes from `lead`, the rest from `body`; any sentence is a stock line with `stockChance`.
    // No sentence appears twice in a template.
    private static string Paragraph(Random random, HashSet<string> used, int budget, string[] lead, string[] body, double stockChance, bool wrap, int maxSentences)
    {
        var builder = new StringBuilder(budget + 200);
        var sentences = 0;
        while (sentences == 0 || (builder.Length < budget && sentences < maxSentences))
        {
            var pool = random.NextDouble() < stockChance ? StockLines : sentences == 0 ? lead : body;
            if (TakeUnused(random, used, pool) is not { } sentence)
            {
                break;
            }

            if (sentences > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Fill(random, sentence));
            sentences++;
        }

        return wrap ? Wrap(builder.ToString()) : builder.ToString();
    }

    private static string List(Random random, HashSet<string> used, Intent intent, bool isPlainText, bool hasNextStep)
    {
        var items = PickSome(random, intent.Steps.Where(s => !used.Contains(s)).ToArray(), 2, 5);
        if (items.Length < 2 || TakeUnused(random, used, hasNextStep ? ListIntros : StockListIntros) is not { } intro)
        {
            return string.Empty;
        }

        var ordered = random.Next(3) == 0;
        var builder = new StringBuilder(512);
        builder.Append(intro).Append("\n\n");
        for (var i = 0; i < items.Length; i++)
        {
            used.Add(items[i]);
            var marker = ordered ? string.Create(CultureInfo.InvariantCulture, $"{i + 1}. ") : isPlainText ? "* " : "- ";
            builder.Append(marker).Append(Fill(random, items[i]));
            if (i < items.Length - 1)
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    // A few random tries, so that a nearly used-up pool ends the paragraph instead of repeating a sentence.
    private static string? TakeUnused(Random random, HashSet<string> used, string[] pool)
    {
        for (var attempt = 0; attempt < 6 && pool.Length > 0; attempt++)
        {
            var candidate = Pick(random, pool);
            if (used.Add(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    // People paste Markdown into plain-text macros, but most write links out and drop the emphasis.
    private static string AsPlainText(string paragraph) =>
        MarkdownLink().Replace(paragraph, "$1 ($2)").Replace("**", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)]+)\)")]
    private static partial Regex MarkdownLink();

    private static string Quote(Random random) =>
        Pick(random, QuoteIntros) + "\n\n> " + Pick(random, CustomerQuotes);

    private static string Conditional(Random random) => Pick(random, LiquidBlocks);

    // Fills the generator's own markers (not template placeholders): %n a small number, %d a weekday, %c a code.
    private static string Fill(Random random, string sentence)
    {
        if (!sentence.Contains('%', StringComparison.Ordinal))
        {
            return sentence;
        }

        return sentence
            .Replace("%n", random.Next(2, 15).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("%d", Pick(random, Weekdays), StringComparison.Ordinal)
            .Replace("%c", Pick(random, Codes), StringComparison.Ordinal);
    }

    // Hard-wraps at WrapColumn like an editor would, never inside a placeholder or a code span, so that phrases run
    // across line breaks as they do in real libraries.
    private static string Wrap(string paragraph)
    {
        var builder = new StringBuilder(paragraph.Length + 16);
        var lineStart = 0;
        var lastBreak = -1;
        var depth = 0;
        var inCode = false;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c == '`')
            {
                inCode = !inCode;
            }
            else if ((c == '{' && i + 1 < paragraph.Length && paragraph[i + 1] is '{' or '%'))
            {
                depth++;
            }
            else if ((c is '}' or '%') && i + 1 < paragraph.Length && paragraph[i + 1] == '}' && depth > 0)
            {
                depth--;
            }
            else if (c == ' ' && depth == 0 && !inCode)
            {
                lastBreak = i;
            }

            if (i - lineStart >= WrapColumn && lastBreak > lineStart)
            {
                builder.Append(paragraph, lineStart, lastBreak - lineStart).Append('\n');
                lineStart = lastBreak + 1;
                lastBreak = -1;
            }
        }

        builder.Append(paragraph, lineStart, paragraph.Length - lineStart);
        return builder.ToString();
    }

    private static string Slugify(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    // `min` to `max` distinct items, in their original order.
    private static T[] PickSome<T>(Random random, T[] items, int min, int max)
    {
        var count = Math.Min(items.Length, random.Next(min, max + 1));
        var indexes = new SortedSet<int>();
        while (indexes.Count < count)
        {
            indexes.Add(random.Next(items.Length));
        }

        return [.. indexes.Select(i => items[i])];
    }
}
