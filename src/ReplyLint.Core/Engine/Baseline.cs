using System.Collections.Immutable;
using System.Globalization;
using ReplyLint.Diagnostics;
using ReplyLint.Text;

namespace ReplyLint.Engine;

/// <summary>The findings a team has accepted for now, kept in a JSON file, so that a run reports only new ones. Paths
/// in it are relative to the file's folder, so it works from any working directory; a finding matches an entry by
/// path, rule ID and <see cref="FindingFingerprint.Stable"/> fingerprint, each entry absorbing one finding.</summary>
public sealed class Baseline
{
    /// <summary>The format version this ReplyLint reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>The <c>tool</c> value of the file.</summary>
    public const string ToolName = "replylint";

    /// <summary>The largest baseline file read: 64 MiB, some 250,000 findings.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private readonly SourceText? _text;
    private readonly ImmutableArray<TextSpan> _spans;

    private Baseline(string fullPath, ImmutableArray<BaselineEntry> entries, SourceText? text, ImmutableArray<TextSpan> spans)
    {
        FullPath = fullPath;
        Entries = entries;
        _text = text;
        _spans = spans;
    }

    /// <summary>The absolute path of the baseline file.</summary>
    public string FullPath { get; }

    /// <summary>The folder entry paths are relative to.</summary>
    public string Folder => Path.GetDirectoryName(FullPath) ?? FullPath;

    /// <summary>The entries, in file order.</summary>
    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>A baseline at <paramref name="path"/> that accepts every unsuppressed finding of <paramref name="result"/>.
    /// Entries of <paramref name="previous"/> for files the run did not lint are kept while those files exist, so
    /// that updating from a run over one folder leaves the other folders' entries alone.</summary>
    /// <param name="path">Where the baseline file goes; a relative path is relative to the working directory.</param>
    /// <param name="result">The run whose findings are accepted.</param>
    /// <param name="previous">The baseline being replaced, if there is one.</param>
    public static Baseline Create(string path, LintResult result, Baseline? previous = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(result);
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath) ?? fullPath;
        var paths = new BaselinePaths(folder, result);
        var fingerprints = FindingFingerprints.Compute(result);
        var entries = new List<BaselineEntry>(result.Diagnostics.Length);
        foreach (var diagnostic in result.Diagnostics)
        {
            entries.Add(new BaselineEntry(paths.Of(diagnostic), diagnostic.Id, fingerprints[diagnostic].Stable, diagnostic.Location.LineSpan.Start.Line, diagnostic.Message));
        }

        if (previous is not null)
        {
            entries.AddRange(previous.Entries.Where(entry => !paths.WasLinted(entry.Path) && paths.Exists(entry.Path)));
        }

        entries.Sort(BaselineEntry.FileOrder);
        return new Baseline(fullPath, [.. entries], text: null, spans: []);
    }

    /// <summary>Reads the baseline file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="BaselineFormatException">The file is not a baseline this ReplyLint can read.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Baseline Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new BaselineFormatException("it is a folder");
        }

        var info = new FileInfo(fullPath);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"there is no baseline file '{path}'", path);
        }

        if (info.Length > MaxFileBytes)
        {
            throw new BaselineFormatException(string.Create(CultureInfo.InvariantCulture, $"it is {info.Length / (1024 * 1024)} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit for a baseline"));
        }

        return Parse(fullPath, File.ReadAllBytes(fullPath));
    }

    /// <summary>Reads a baseline from the UTF-8 bytes of its file.</summary>
    /// <param name="path">Where the file is (entry paths are relative to its folder); a relative path is relative to
    /// the working directory.</param>
    /// <param name="utf8">The file's bytes.</param>
    /// <exception cref="BaselineFormatException">The bytes are not a baseline this ReplyLint can read.</exception>
    public static Baseline Parse(string path, ReadOnlyMemory<byte> utf8)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var content = BaselineReader.Parse(utf8);
        return new Baseline(Path.GetFullPath(path), content.Entries, content.Text, content.Spans);
    }

    /// <summary>The file's text: JSON, one entry a line, sorted as the entries are, LF line endings and a final newline.</summary>
    public string ToJson() => BaselineWriter.Write(Entries);

    /// <summary>Compares <paramref name="result"/> with the baseline. Each finding that an unused entry matches is moved
    /// to <see cref="LintResult.Suppressed"/> (an external suppression), so it is neither reported nor counted but keeps
    /// its fingerprint. Entries left over whose file was linted in this run, or whose file no longer exists, are stale:
    /// one RL0005 finding on the baseline file reports them, at <paramref name="staleSeverity"/>.</summary>
    /// <param name="result">The run, as the engine returned it.</param>
    /// <param name="staleSeverity">RL0005's severity in effect; silent or none reports nothing.</param>
    /// <param name="workingDirectory">The folder displayed paths are relative to; the current directory by default.</param>
    public BaselineMatch Apply(LintResult result, DiagnosticSeverity staleSeverity = DiagnosticSeverity.Suggestion, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return BaselineMatcher.Apply(this, result, staleSeverity, workingDirectory ?? Directory.GetCurrentDirectory());
    }

    /// <summary>Where entry <paramref name="index"/> is in the file, for a finding that points at it.</summary>
    internal Location LocationOf(int index, string displayPath) =>
        _text is not null && index < _spans.Length
            ? Location.Create(displayPath, _text, _spans[index])
            : Location.FileStart(displayPath);
}
