using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReplyLint.Cli.Commands;
using ReplyLint.Diagnostics;
using ReplyLint.Engine;
using ReplyLint.Parsing;
using ReplyLint.Syntax;
using ReplyLint.Text;

namespace ReplyLint.Cli.Formatters;

/// <summary>SARIF 2.1.0, one run, for GitHub code scanning, the VS Code SARIF Viewer and other consumers.</summary>
/// <remarks>Written by hand with <see cref="Utf8JsonWriter"/> (no reflection, so the tool stays AOT-compatible), with
/// every property in a fixed order and nothing that changes from run to run unless asked (<c>--sarif-timestamps</c>),
/// so the same templates always give the same bytes. docs/sarif.md says what each part holds and why.</remarks>
internal sealed partial class SarifFormatter : IReportFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRoot = "%SRCROOT%";
    private const string DefaultMessageId = "default";

    public void Write(LintReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // A file, not HTML: quotes and accented letters stay readable; JSON's own escapes still apply.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            new RunWriter(report, json).Write();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }

    /// <summary>The tool's version as SARIF wants it: the informational version without a <c>+commit</c> suffix.</summary>
    public static string ToolVersion { get; } = ReadToolVersion();

    private static string ReadToolVersion()
    {
        var version = typeof(SarifFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(SarifFormatter).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }

    /// <summary>The SARIF level of a severity.</summary>
    public static string LevelOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Suggestion => "note",
        _ => "none",
    };

    /// <summary>The friendly name SARIF and GitHub show: the kebab-case name in PascalCase (<c>blaming-wording</c> →
    /// <c>BlamingWording</c>).</summary>
    public static string PascalName(string kebabName)
    {
        ArgumentNullException.ThrowIfNull(kebabName);
        var builder = new StringBuilder(kebabName.Length);
        foreach (var word in kebabName.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        return builder.ToString();
    }

    /// <summary>How sure a rule's findings are, for GitHub's ordering (<c>properties.precision</c>): the tool's own
    /// findings and template hygiene are mechanical checks; tone rules match curated phrases with exceptions; the
    /// completeness and clarity rules judge a whole reply from signals and thresholds, where a reader may disagree.</summary>
    public static string PrecisionOf(string category) => category switch
    {
        RuleCategories.Tool or RuleCategories.Hygiene => "very-high",
        RuleCategories.Tone => "high",
        _ => "medium",
    };

    /// <summary>Whether a message format can go in <c>messageStrings</c>: it has dynamic content, every placeholder
    /// is a plain <c>{n}</c> in single quotes, and it ends with a period (what the SARIF Multitool asks of a message
    /// string). A format built from sentence fragments is reported as text only.</summary>
    public static bool IsTemplatable(string messageFormat)
    {
        ArgumentNullException.ThrowIfNull(messageFormat);
        var placeholders = PlaceholderPattern().Matches(messageFormat);
        if (placeholders.Count == 0 || !messageFormat.EndsWith('.'))
        {
            return false;
        }

        foreach (Match placeholder in placeholders)
        {
            var at = placeholder.Index;
            if (placeholder.Groups["format"].Success || at == 0 || messageFormat[at - 1] != '\'')
            {
                return false;
            }
        }

        return true;
    }

    // Any composite-format item, with its optional alignment or format string; braces doubled to escape are skipped.
    [GeneratedRegex(@"(?<!\{)\{(?<index>\d+)(?<format>[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    /// <summary>Writes one report. Holds the tables the run's parts point into: rules, notification descriptors and
    /// artifacts, each with the index of every entry.</summary>
    private sealed class RunWriter
    {
        private readonly LintReport _report;
        private readonly Utf8JsonWriter _json;
        private readonly List<DiagnosticDescriptor> _rules = [];
        private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
        private readonly HashSet<string> _templated = new(StringComparer.Ordinal);
        private readonly List<DiagnosticDescriptor> _notificationDescriptors = [];
        private readonly Dictionary<string, int> _notificationIndex = new(StringComparer.Ordinal);
        private readonly List<string> _artifacts = [];
        private readonly Dictionary<string, int> _artifactIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ArtifactUri> _uris = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _fullPaths = new(StringComparer.Ordinal);
        private readonly List<Diagnostic> _results;
        private readonly List<Diagnostic> _failures;

        public RunWriter(LintReport report, Utf8JsonWriter json)
        {
            _report = report;
            _json = json;
            var result = report.Result;
            _results = [.. result.Diagnostics];
            if (report.IncludeSuppressed && !result.Suppressed.IsDefaultOrEmpty)
            {
                _results.AddRange(result.Suppressed);
                _results.Sort(DiagnosticOrder.Instance);
            }

            foreach (var descriptor in report.Rules)
            {
                AddRule(descriptor);
            }

            foreach (var diagnostic in _results)
            {
                AddRule(diagnostic.Descriptor);
            }

            foreach (var file in result.Files)
            {
                AddArtifact(file.DisplayPath, file.FullPath);
            }

            foreach (var diagnostic in _results)
            {
                AddArtifact(diagnostic.Location.Path, null);
            }

            // The tool's failures on a file are findings and also what SARIF calls tool execution notifications.
            _failures = [.. _results.Where(static d => d.Id == ToolDiagnostics.AnalyzerException.Id || d.Id == ToolDiagnostics.UnreadableFile.Id)];
            foreach (var failure in _failures)
            {
                if (_notificationIndex.TryAdd(failure.Id, _notificationDescriptors.Count))
                {
                    _notificationDescriptors.Add(failure.Descriptor);
                }
            }
        }

        public void Write()
        {
            _json.WriteStartObject();
            _json.WriteString("$schema", SchemaUri);
            _json.WriteString("version", "2.1.0");
            _json.WriteStartArray("runs");
            _json.WriteStartObject();
            WriteTool();
            WriteInvocation();
            WriteOriginalUriBaseIds();
            WriteVersionControlProvenance();
            _json.WriteString("columnKind", "utf16CodeUnits");
            WriteArtifacts();
            _json.WriteStartArray("results");
            foreach (var diagnostic in _results)
            {
                WriteResult(diagnostic);
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        private void AddRule(DiagnosticDescriptor descriptor)
        {
            if (_ruleIndex.TryAdd(descriptor.Id, _rules.Count))
            {
                _rules.Add(descriptor);
                if (IsTemplatable(descriptor.MessageFormat))
                {
                    _templated.Add(descriptor.Id);
                }
            }
        }

        private void AddArtifact(string displayPath, string? fullPath)
        {
            if (_artifactIndex.TryAdd(displayPath, _artifacts.Count))
            {
                _artifacts.Add(displayPath);
                var full = fullPath ?? _report.FullPathOf(displayPath);
                _fullPaths[displayPath] = full;
                var relative = SarifUris.RelativeTo(_report.ProjectRoot, full);
                _uris[displayPath] = relative is null ? new ArtifactUri(SarifUris.FileUri(full), null) : new ArtifactUri(relative, SourceRoot);
            }
        }

        private void WriteTool()
        {
            _json.WriteStartObject("tool");
            _json.WriteStartObject("driver");
            _json.WriteString("name", "ReplyLint");
            _json.WriteString("version", ToolVersion);
            _json.WriteString("semanticVersion", ToolVersion);
            _json.WriteString("informationUri", HelpLinks.Home);
            _json.WriteStartArray("rules");
            foreach (var descriptor in _rules)
            {
                WriteRule(descriptor);
            }

            _json.WriteEndArray();
            if (_notificationDescriptors.Count > 0)
            {
                _json.WriteStartArray("notifications");
                foreach (var descriptor in _notificationDescriptors)
                {
                    _json.WriteStartObject();
                    WriteDescriptorHead(descriptor);
                    WriteHelpUri(descriptor);
                    _json.WriteEndObject();
                }

                _json.WriteEndArray();
            }

            _json.WriteEndObject();
            _json.WriteEndObject();
        }

        private void WriteDescriptorHead(DiagnosticDescriptor descriptor)
        {
            _json.WriteString("id", descriptor.Id);
            _json.WriteString("name", PascalName(descriptor.Name));
            WriteMessage("shortDescription", Sentence(descriptor.Title));
            WriteMessage("fullDescription", string.IsNullOrWhiteSpace(descriptor.Description) ? Sentence(descriptor.Title) : descriptor.Description);
        }

        private void WriteHelpUri(DiagnosticDescriptor descriptor)
        {
            if (descriptor.HelpUri is { IsAbsoluteUri: true } helpUri)
            {
                _json.WriteString("helpUri", helpUri.AbsoluteUri);
            }
        }

        private void WriteRule(DiagnosticDescriptor descriptor)
        {
            _json.WriteStartObject();
            WriteDescriptorHead(descriptor);
            if (_templated.Contains(descriptor.Id))
            {
                _json.WriteStartObject("messageStrings");
                WriteMessage(DefaultMessageId, descriptor.MessageFormat);
                _json.WriteEndObject();
            }

            WriteHelpUri(descriptor);
            var page = RuleCatalog.DocsPage(descriptor.Id);
            _json.WriteStartObject("help");
            if (page is null)
            {
                _json.WriteString("text", string.IsNullOrWhiteSpace(descriptor.Description) ? Sentence(descriptor.Title) : descriptor.Description);
            }
            else
            {
                _json.WriteString("text", RuleHelpText.PlainText(page));
                _json.WriteString("markdown", RuleHelpText.Markdown(page, descriptor.HelpUri));
            }

            _json.WriteEndObject();
            _json.WriteStartObject("defaultConfiguration");
            if (!descriptor.IsEnabledByDefault)
            {
                _json.WriteBoolean("enabled", false);
            }

            _json.WriteString("level", LevelOf(descriptor.DefaultSeverity));
            _json.WriteEndObject();
            _json.WriteStartObject("properties");
            _json.WriteString("category", descriptor.Category);
            _json.WriteString("kebabName", descriptor.Name);
            _json.WriteStartArray("tags");
            foreach (var tag in TagsOf(descriptor))
            {
                _json.WriteStringValue(tag);
            }

            _json.WriteEndArray();
            _json.WriteString("precision", PrecisionOf(descriptor.Category));
            _json.WriteString("problem.severity", descriptor.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "recommendation",
            });
            _json.WriteEndObject();
            _json.WriteEndObject();
        }

        private void WriteInvocation()
        {
            _json.WriteStartArray("invocations");
            _json.WriteStartObject();
            if (_report.Timestamps is { } timestamps)
            {
                _json.WriteString("startTimeUtc", Timestamp(timestamps.Start));
                _json.WriteString("endTimeUtc", Timestamp(timestamps.End));
            }

            // False only when the tool could not do what it was asked (an input that does not exist); a file it could
            // not read is a finding, and the run still covered everything else.
            _json.WriteBoolean("executionSuccessful", !_report.Notifications.Any(static n => n.Level == "error"));
            if (_failures.Count > 0 || _report.Notifications.Length > 0)
            {
                _json.WriteStartArray("toolExecutionNotifications");
                foreach (var notification in _report.Notifications)
                {
                    WriteNotification(notification);
                }

                foreach (var failure in _failures)
                {
                    WriteNotification(failure);
                }

                _json.WriteEndArray();
            }

            _json.WriteStartObject("workingDirectory");
            _json.WriteString("uri", SarifUris.FileUri(_report.WorkingDirectory, isFolder: true));
            _json.WriteEndObject();
            _json.WriteEndObject();
            _json.WriteEndArray();
        }

        private void WriteNotification(ToolNotification notification)
        {
            _json.WriteStartObject();
            _json.WriteString("level", notification.Level);
            WriteMessage("message", notification.Message);
            if (notification.Path is { } path)
            {
                AddArtifactIfNew(path);
                _json.WriteStartArray("locations");
                _json.WriteStartObject();
                _json.WriteStartObject("physicalLocation");
                WriteArtifactLocation(path, withIndex: _artifactIndex.ContainsKey(path));
                if (notification.Line is { } line and >= 1)
                {
                    _json.WriteStartObject("region");
                    _json.WriteNumber("startLine", line);
                    if (notification.Column is { } column and >= 1)
                    {
                        _json.WriteNumber("startColumn", column);
                    }

                    _json.WriteEndObject();
                }

                _json.WriteEndObject();
                _json.WriteEndObject();
                _json.WriteEndArray();
            }

            _json.WriteEndObject();
        }

        // A notification about a path no finding names still gets a URI (not an index: artifacts are written later,
        // from the files and findings, so the table must not grow while it is being read).
        private void AddArtifactIfNew(string path)
        {
            if (!_uris.ContainsKey(path))
            {
                var full = _report.FullPathOf(path);
                var relative = SarifUris.RelativeTo(_report.ProjectRoot, full);
                _uris[path] = relative is null ? new ArtifactUri(SarifUris.FileUri(full), null) : new ArtifactUri(relative, SourceRoot);
            }
        }

        private void WriteNotification(Diagnostic failure)
        {
            _json.WriteStartObject();
            _json.WriteString("level", LevelOf(failure.Severity));
            WriteMessage("message", failure.Message);
            _json.WriteStartArray("locations");
            _json.WriteStartObject();
            _json.WriteStartObject("physicalLocation");
            WriteArtifactLocation(failure.Location.Path, withIndex: true);
            WriteRegion("region", failure.Location.LineSpan, failure.Location.Span, Source(failure.Location.Path), withSnippet: false);
            _json.WriteEndObject();
            _json.WriteEndObject();
            _json.WriteEndArray();
            _json.WriteStartObject("descriptor");
            _json.WriteString("id", failure.Id);
            _json.WriteNumber("index", _notificationIndex[failure.Id]);
            _json.WriteEndObject();
            _json.WriteStartObject("associatedRule");
            _json.WriteString("id", failure.Id);
            _json.WriteNumber("index", _ruleIndex[failure.Id]);
            _json.WriteEndObject();
            _json.WriteEndObject();
        }

        private void WriteOriginalUriBaseIds()
        {
            _json.WriteStartObject("originalUriBaseIds");
            _json.WriteStartObject(SourceRoot);
            _json.WriteString("uri", SarifUris.FileUri(_report.ProjectRoot, isFolder: true));
            _json.WriteEndObject();
            _json.WriteEndObject();
        }

        private void WriteVersionControlProvenance()
        {
            if (GitProvenance.Read(_report.ProjectRoot) is not { } provenance)
            {
                return;
            }

            _json.WriteStartArray("versionControlProvenance");
            _json.WriteStartObject();
            _json.WriteString("repositoryUri", provenance.RepositoryUri);
            if (provenance.RevisionId is { } revision)
            {
                _json.WriteString("revisionId", revision);
            }

            if (provenance.Branch is { } branch)
            {
                _json.WriteString("branch", Clean(branch));
            }

            _json.WriteStartObject("mappedTo");
            _json.WriteString("uriBaseId", SourceRoot);
            _json.WriteEndObject();
            _json.WriteEndObject();
            _json.WriteEndArray();
        }

        private void WriteArtifacts()
        {
            if (_artifacts.Count == 0)
            {
                return;
            }

            _json.WriteStartArray("artifacts");
            foreach (var path in _artifacts)
            {
                _json.WriteStartObject();
                WriteArtifactLocation(path, withIndex: false, "location");
                var source = Source(path);
                if (LengthOf(path, source) is { } length)
                {
                    _json.WriteNumber("length", length);
                }

                _json.WriteStartArray("roles");
                _json.WriteStringValue("analysisTarget");
                _json.WriteEndArray();
                if (source is not null && EncodingName(source.Encoding) is { } encoding)
                {
                    _json.WriteString("encoding", encoding);
                }

                _json.WriteString("sourceLanguage", SourceLanguage(path));
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
        }

        private void WriteResult(Diagnostic diagnostic)
        {
            var source = Source(diagnostic.Location.Path);
            _json.WriteStartObject();
            _json.WriteString("ruleId", diagnostic.Id);
            _json.WriteNumber("ruleIndex", _ruleIndex[diagnostic.Id]);
            _json.WriteString("level", LevelOf(diagnostic.Severity));
            _json.WriteStartObject("message");
            _json.WriteString("text", Clean(diagnostic.Message));
            if (_templated.Contains(diagnostic.Id) && MessageMatchesArguments(diagnostic))
            {
                _json.WriteString("id", DefaultMessageId);
                _json.WriteStartArray("arguments");
                foreach (var argument in diagnostic.Arguments)
                {
                    _json.WriteStringValue(Clean(argument));
                }

                _json.WriteEndArray();
            }

            _json.WriteEndObject();
            _json.WriteStartArray("locations");
            _json.WriteStartObject();
            _json.WriteStartObject("physicalLocation");
            WriteArtifactLocation(diagnostic.Location.Path, withIndex: true);
            WriteRegion("region", diagnostic.Location.LineSpan, diagnostic.Location.Span, source, withSnippet: true);
            if (source is not null && ContextOf(diagnostic.Location.Span, diagnostic.Location.LineSpan, source) is { } context)
            {
                WriteRegion("contextRegion", source.GetLinePositionSpan(context), context, source, withSnippet: true);
            }

            _json.WriteEndObject();
            _json.WriteEndObject();
            _json.WriteEndArray();
            if (_report.Fingerprints.TryGetValue(diagnostic, out var fingerprint))
            {
                _json.WriteStartObject("partialFingerprints");
                _json.WriteString(FindingFingerprints.StableKey, fingerprint.Stable);
                if (fingerprint.LineHash is { } lineHash)
                {
                    _json.WriteString(FindingFingerprints.LineHashKey, lineHash);
                }

                _json.WriteEndObject();
            }

            if (diagnostic.Suppression is { } suppression)
            {
                _json.WriteStartArray("suppressions");
                _json.WriteStartObject();
                _json.WriteString("kind", suppression.Kind == SuppressionKind.InSource ? "inSource" : "external");
                _json.WriteString("status", "accepted");
                if (!string.IsNullOrWhiteSpace(suppression.Justification))
                {
                    _json.WriteString("justification", Clean(suppression.Justification));
                }

                _json.WriteEndObject();
                _json.WriteEndArray();
            }

            if (diagnostic.Fix is { Edits.IsDefaultOrEmpty: false } fix)
            {
                WriteFix(diagnostic, fix, source);
            }

            _json.WriteEndObject();
        }

        private void WriteFix(Diagnostic diagnostic, Fix fix, SourceText? source)
        {
            _json.WriteStartArray("fixes");
            _json.WriteStartObject();
            WriteMessage("description", fix.Title);
            _json.WriteStartArray("artifactChanges");
            _json.WriteStartObject();
            WriteArtifactLocation(diagnostic.Location.Path, withIndex: true);
            _json.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                _json.WriteStartObject();
                _json.WriteStartObject("deletedRegion");
                if (source is not null && edit.Span.End <= source.Length)
                {
                    var lines = source.GetLinePositionSpan(edit.Span);
                    _json.WriteNumber("startLine", lines.Start.Line);
                    _json.WriteNumber("startColumn", lines.Start.Column);
                    _json.WriteNumber("endLine", lines.End.Line);
                    _json.WriteNumber("endColumn", lines.End.Column);
                }

                _json.WriteNumber("charOffset", edit.Span.Start);
                _json.WriteNumber("charLength", edit.Span.Length);
                _json.WriteEndObject();
                WriteMessage("insertedContent", edit.NewText);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.WriteEndArray();
        }

        private void WriteArtifactLocation(string path, bool withIndex, string name = "artifactLocation")
        {
            var uri = _uris[path];
            _json.WriteStartObject(name);
            _json.WriteString("uri", uri.Uri);
            if (uri.BaseId is { } baseId)
            {
                _json.WriteString("uriBaseId", baseId);
            }

            if (withIndex && _artifactIndex.TryGetValue(path, out var index))
            {
                _json.WriteNumber("index", index);
            }

            _json.WriteEndObject();
        }

        private void WriteRegion(string name, LinePositionSpan lines, TextSpan span, SourceText? source, bool withSnippet)
        {
            _json.WriteStartObject(name);
            _json.WriteNumber("startLine", lines.Start.Line);
            _json.WriteNumber("startColumn", lines.Start.Column);
            _json.WriteNumber("endLine", Math.Max(lines.End.Line, lines.Start.Line));
            _json.WriteNumber("endColumn", lines.End.Line > lines.Start.Line ? lines.End.Column : Math.Max(lines.End.Column, lines.Start.Column));
            _json.WriteNumber("charOffset", span.Start);
            _json.WriteNumber("charLength", span.Length);
            // An empty region (a finding about the whole file, or a point) holds no text, whether or not the file could be read.
            if (withSnippet && (span.IsEmpty || (source is not null && span.End <= source.Length)))
            {
                WriteMessage("snippet", span.IsEmpty ? string.Empty : source!.ToString(span));
            }

            _json.WriteEndObject();
        }

        // A { "text": ... } object: SARIF's message, multiformatMessageString and artifactContent all take that shape.
        private void WriteMessage(string name, string text)
        {
            _json.WriteStartObject(name);
            _json.WriteString("text", Clean(text));
            _json.WriteEndObject();
        }

        private SourceText? Source(string path) => _report.Result.Sources.GetValueOrDefault(path);

        private static bool MessageMatchesArguments(Diagnostic diagnostic)
        {
            try
            {
                return string.Equals(diagnostic.Descriptor.FormatMessage([.. diagnostic.Arguments]), diagnostic.Message, StringComparison.Ordinal);
            }
            catch (FormatException)
            {
                return false; // fewer arguments than the format names
            }
        }

        private long? LengthOf(string path, SourceText? source)
        {
            if (source is not null)
            {
                // The bytes the text was read from: it decodes and encodes back unchanged.
                return source.Encoding.GetByteCount(source.Text) + (source.HasByteOrderMark ? source.Encoding.Preamble.Length : 0);
            }

            try
            {
                var info = new FileInfo(_fullPaths[path]);
                return info.Exists ? info.Length : null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return null;
            }
        }
    }

    private sealed record ArtifactUri(string Uri, string? BaseId);

    /// <summary>The region shown around a finding: its whole lines; when the finding already covers them, one more
    /// line either side; none when it covers the whole file (SARIF wants a proper superset of the region).</summary>
    internal static TextSpan? ContextOf(TextSpan span, LinePositionSpan lines, SourceText source)
    {
        if (span.End > source.Length || lines.Start.Line < 1 || lines.Start.Line > source.LineCount)
        {
            return null;
        }

        var lastLine = Math.Min(lines.End.Line, source.LineCount);
        if (lastLine > lines.Start.Line && lines.End.Column == 1 && !span.IsEmpty)
        {
            lastLine--; // the span stops at the line break: the next line is not part of it
        }

        var start = source.GetLineSpan(lines.Start.Line).Start;
        var end = Math.Max(source.GetLineSpan(lastLine).End, span.End);
        if (start == span.Start && end == span.End)
        {
            start = lines.Start.Line > 1 ? source.GetLineSpan(lines.Start.Line - 1).Start : start;
            end = lastLine < source.LineCount ? Math.Max(end, source.GetLineSpan(lastLine + 1).End) : end;
        }

        return start == span.Start && end == span.End ? null : TextSpan.FromBounds(start, end);
    }

    /// <summary>The tags GitHub filters on: the category, the kebab-case name, and the words of the name that say
    /// something alone (not "wording", "missing" or "template", which every rule here is about).</summary>
    internal static IReadOnlyList<string> TagsOf(DiagnosticDescriptor descriptor)
    {
        var tags = new List<string> { descriptor.Category.ToLowerInvariant(), descriptor.Name };
        foreach (var word in descriptor.Name.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 3 && !GenericWords.Contains(word) && !tags.Contains(word))
            {
                tags.Add(word);
            }
        }

        return tags.Distinct(StringComparer.Ordinal).Take(20).ToList();
    }

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "wording", "missing", "invalid", "unknown", "unused", "empty", "long", "level", "file", "template", "front", "matter", "next", "path",
    };

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') ? text : text + ".";

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string? EncodingName(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "utf-8",
        1200 => "utf-16le",
        1201 => "utf-16be",
        _ => null,
    };

    /// <summary>The text with any unpaired surrogate (a rule that cut a quote in the middle of an emoji, say) made
    /// U+FFFD: JSON cannot carry half a character.</summary>
    internal static string Clean(string text)
    {
        var index = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (index < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = index; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    // A help-desk export is JSON or YAML as a viewer should show it; the templates inside are what was linted.
    private static string SourceLanguage(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => "json",
        ".yml" or ".yaml" => "yaml",
        _ => TemplateParser.FormatOf(path) switch
        {
            TemplateFormat.Markdown => "markdown",
            TemplateFormat.Html => "html",
            _ => "plaintext",
        },
    };
}
