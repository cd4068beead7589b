using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ReplyLint.Diagnostics;
using ReplyLint.Exports;
using ReplyLint.Parsing;
using ReplyLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Configuration;

/// <summary>Reads one <c>.replylint.yaml</c>. It walks YamlDotNet's representation model, not the reflection
/// deserializer, so the tool stays trim- and AOT-safe and every key and value keeps the line and column that
/// messages quote. Shape and types are checked here; rule IDs, names and options are matched to the rules later
/// (<see cref="ConfigResolver.Bind"/>), once packs and plugins have added theirs.</summary>
public static class ConfigLoader
{
    /// <summary>The largest configuration file read: 1 MiB. A configuration is a few hundred bytes; a larger file
    /// is a mistake (or not a configuration).</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>The top-level keys, in the order the docs list them.</summary>
    public static ImmutableArray<string> TopLevelKeys { get; } = [RootKey, IncludeKey, ExcludeKey, RulesKey, OverridesKey, PlaceholdersKey, FormatsKey, PacksKey, PluginsKey];

    internal const string RootKey = "root";
    internal const string IncludeKey = "include";
    internal const string ExcludeKey = "exclude";
    internal const string RulesKey = "rules";
    internal const string OverridesKey = "overrides";
    internal const string PlaceholdersKey = "placeholders";
    internal const string FormatsKey = "formats";
    internal const string PacksKey = "packs";
    internal const string PluginsKey = "plugins";
    internal const string SeverityKey = "severity";
    internal const string FilesKey = "files";
    internal const string KnownKey = "known";

    private const string SeverityWords = "error, warning, suggestion, silent or none";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the configuration file at <paramref name="path"/>.</summary>
    /// <param name="path">The file, absolute or relative to <paramref name="workingDirectory"/>.</param>
    /// <param name="workingDirectory">The folder displayed paths are relative to.</param>
    /// <exception cref="ConfigException">The file is missing, too large, binary, not UTF-8 or UTF-16 text, not valid
    /// YAML, or holds a value of the wrong type.</exception>
    public static ReplyLintConfig Load(string path, string workingDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var fullPath = Path.GetFullPath(path, workingDirectory);
        var displayPath = DisplayPath(fullPath, workingDirectory);
        var start = new ConfigSource(fullPath, displayPath, 1, 1);
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxBytes)
            {
                throw TooLarge(start, info.Length);
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new ConfigException(start, $"the file could not be read ({MessageText.OneLine(exception.Message).TrimEnd('.')}); expected a readable file.", exception);
        }

        // A file that grew past the limit between the check and the read is still refused.
        if (bytes.LongLength > MaxBytes)
        {
            throw TooLarge(start, bytes.LongLength);
        }

        return Parse(Decode(bytes, start), fullPath, displayPath);
    }

    /// <summary>Reads configuration text as if it were the file at <paramref name="fullPath"/>.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="fullPath">The absolute path the text stands for; its folder resolves relative paths.</param>
    /// <param name="displayPath">The path messages print.</param>
    /// <exception cref="ConfigException">The text is not valid YAML or holds a value of the wrong type.</exception>
    public static ReplyLintConfig Parse(string yaml, string fullPath, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrWhiteSpace(fullPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayPath);
        var reader = new Reader(new ReplyLintConfig(Path.GetFullPath(fullPath), displayPath));
        reader.Read(yaml);
        return reader.Config;
    }

    internal static string DisplayPath(string fullPath, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');

    private static string Decode(byte[] bytes, ConfigSource start)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || (span.Length - 2) % 2 != 0)
            {
                throw new ConfigException(start, "the file is not UTF-8 or UTF-16 text; expected a YAML text file saved as UTF-8.");
            }

            try
            {
                return new UnicodeEncoding(bigEndian: span[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException)
            {
                throw new ConfigException(start, "the file is not valid UTF-16 text; expected a YAML text file saved as UTF-8.");
            }
        }

        var offset = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var nul = span[offset..].IndexOf((byte)0);
        if (nul >= 0)
        {
            var before = span[..(offset + nul)];
            var line = before.Count((byte)'\n') + 1;
            var column = before.Length - (before.LastIndexOf((byte)'\n') + 1) + 1;
            throw new ConfigException(start with { Line = line, Column = column }, "the file is binary (it holds a NUL byte); expected a YAML text file.");
        }

        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            throw new ConfigException(start, "the file is not valid UTF-8; expected a YAML text file saved as UTF-8.");
        }
    }

    private static ConfigException TooLarge(ConfigSource start, long bytes) =>
        new(start, string.Create(CultureInfo.InvariantCulture, $"the file is {bytes:N0} bytes; expected a configuration file of at most {MaxBytes:N0} bytes (1 MB)."));

    /// <summary>One pass over one file's YAML.</summary>
    private sealed class Reader(ReplyLintConfig config)
    {
        private readonly List<ConfigWarning> _warnings = [];

        public ReplyLintConfig Config { get; } = config;

        public void Read(string yaml)
        {
            var root = LoadRoot(yaml);
            if (root is null || IsNull(root))
            {
                return; // an empty file, or one with only comments, sets nothing
            }

            if (root is not YamlMappingNode mapping)
            {
                throw Error(root, $"the file holds {Found(root)}", "a mapping of settings such as 'rules:'");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = KeyText(keyNode);
                if (!seen.Add(key))
                {
                    throw Error(keyNode, $"'{key}' is set a second time", "each key once");
                }

                switch (key)
                {
                    case RootKey:
                        Config.IsRoot = ReadBoolean(value, RootKey);
                        break;
                    case IncludeKey:
                        Config.Include = IsNull(value) ? null : ReadGlobs(value, IncludeKey);
                        break;
                    case ExcludeKey:
                        Config.Exclude = IsNull(value) ? [] : ReadGlobs(value, ExcludeKey);
                        break;
                    case RulesKey:
                        Config.Rules = ReadRules(value, RulesKey);
                        break;
                    case OverridesKey:
                        Config.Overrides = ReadOverrides(value);
                        break;
                    case PlaceholdersKey:
                        ReadPlaceholders(value);
                        break;
                    case FormatsKey:
                        Config.Formats = ReadFormats(value);
                        break;
                    case PacksKey:
                        Config.Packs = ReadPaths(value, PacksKey, "phrase pack files, such as [\"style/acme.yaml\"]");
                        break;
                    case PluginsKey:
                        Config.Plugins = ReadPaths(value, PluginsKey, "plugin assemblies, such as [\"plugins/Acme.ReplyRules.dll\"]");
                        break;
                    default:
                        Warn(keyNode, $"unknown key '{key}'; it is ignored (the keys are {Listed(TopLevelKeys)}).");
                        break;
                }
            }

            Config.Warnings = [.. _warnings];
        }

        private YamlNode? LoadRoot(string yaml)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(GuardedYamlParser.Over(yaml, "a configuration file"));
            }
            catch (YamlException exception)
            {
                var reason = MessageText.Clause(exception.Message);

                var at = At((int)exception.Start.Line, (int)exception.Start.Column);
                const string DuplicateKey = "duplicate key ";
                if (reason.StartsWith(DuplicateKey, StringComparison.Ordinal))
                {
                    throw new ConfigException(at, $"'{reason[DuplicateKey.Length..]}' is set a second time; expected each key once.", exception);
                }

                throw new ConfigException(at, $"invalid YAML: {reason}; expected well-formed YAML.", exception);
            }

            if (stream.Documents.Count > 1)
            {
                throw Error(stream.Documents[1].RootNode, "a second YAML document starts here", "a single document");
            }

            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }

        private bool ReadBoolean(YamlNode value, string key)
        {
            // YAML 1.2's booleans, unquoted; "yes", "on" and quoted words are strings there, and guessing would hide typos.
            if (value is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text })
            {
                switch (text)
                {
                    case "true" or "True" or "TRUE":
                        return true;
                    case "false" or "False" or "FALSE":
                        return false;
                }
            }

            throw Error(value, $"'{key}' is {Found(value)}", "true or false");
        }

        private ImmutableArray<string> ReadGlobs(YamlNode value, string key)
        {
            var items = ReadStringList(value, key, "a list of glob patterns relative to this file's folder, such as [\"drafts/**\"]");
            var globs = ImmutableArray.CreateBuilder<string>(items.Count);
            foreach (var (text, node) in items)
            {
                globs.Add(NormalizeGlob(text, node, key));
            }

            return globs.ToImmutable();
        }

        private string NormalizeGlob(string text, YamlNode node, string key)
        {
            var glob = text.Trim().Replace('\\', '/');
            while (glob.StartsWith("./", StringComparison.Ordinal))
            {
                glob = glob[2..];
            }

            if (glob.StartsWith('/') || (glob.Length > 1 && glob[1] == ':') || glob == ".." || glob.StartsWith("../", StringComparison.Ordinal) || glob.Contains("/../", StringComparison.Ordinal))
            {
                throw Error(node, $"the pattern '{text}' in '{key}' leaves this file's folder", "a pattern relative to this file's folder, such as \"drafts/**\"");
            }

            // "drafts/" means the folder, as in .gitignore: everything in it.
            return glob.EndsWith('/') ? glob + "**" : glob;
        }

        private ImmutableArray<ConfigReference> ReadPaths(YamlNode value, string key, string what)
        {
            if (IsNull(value))
            {
                return [];
            }

            var items = ReadStringList(value, key, "a list of " + what);
            return [.. items.Select(item => new ConfigReference(Path.GetFullPath(item.Text.Trim(), Config.Directory), SourceOf(item.Node)))];
        }

        private List<(string Text, YamlNode Node)> ReadStringList(YamlNode value, string key, string expected)
        {
            if (value is not YamlSequenceNode sequence)
            {
                throw Error(value, $"'{key}' is {Found(value)}", expected);
            }

            var items = new List<(string, YamlNode)>(sequence.Children.Count);
            foreach (var item in sequence.Children)
            {
                if (item is not YamlScalarNode { Value: { } text } || IsNull(item) || string.IsNullOrWhiteSpace(text))
                {
                    throw Error(item, $"an item of '{key}' is {Found(item)}", expected);
                }

                items.Add((text, item));
            }

            return items;
        }

        private ImmutableArray<RuleSetting> ReadRules(YamlNode value, string where)
        {
            if (IsNull(value))
            {
                return [];
            }

            if (value is not YamlMappingNode mapping)
            {
                throw Error(value, $"'{where}' is {Found(value)}", "a mapping of rule IDs or names to settings, such as 'RL1004: error'");
            }

            var rules = ImmutableArray.CreateBuilder<RuleSetting>(mapping.Children.Count);
            foreach (var (keyNode, setting) in mapping.Children)
            {
                rules.Add(ReadRule(KeyText(keyNode), keyNode, setting));
            }

            return rules.ToImmutable();
        }

        private RuleSetting ReadRule(string rule, YamlNode keyNode, YamlNode setting)
        {
            var source = SourceOf(keyNode);
            switch (setting)
            {
                case YamlScalarNode scalar when !IsNull(scalar):
                    return new RuleSetting(rule, source, ReadSeverity(scalar, rule), []);
                case YamlMappingNode mapping:
                    DiagnosticSeverity? severity = null;
                    var options = ImmutableArray.CreateBuilder<RuleOptionSetting>();
                    var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var (optionKey, optionValue) in mapping.Children)
                    {
                        var name = KeyText(optionKey);
                        if (!seen.Add(name))
                        {
                            throw Error(optionKey, $"'{name}' is set a second time under '{rule}'", "each key once");
                        }

                        if (string.Equals(name, SeverityKey, StringComparison.OrdinalIgnoreCase))
                        {
                            severity = ReadSeverity(optionValue, rule);
                        }
                        else
                        {
                            options.Add(ReadOption(name, optionKey, optionValue, rule));
                        }
                    }

                    return new RuleSetting(rule, source, severity, options.ToImmutable());
                default:
                    throw Error(setting, $"the setting of '{rule}' is {Found(setting)}", $"a severity ({SeverityWords}) or a mapping such as {{ severity: warning, max-words: 25 }}");
            }
        }

        private DiagnosticSeverity ReadSeverity(YamlNode value, string rule)
        {
            if (value is YamlScalarNode { Value: { } text } && !IsNull(value) && DiagnosticSeverityNames.TryParse(text, out var severity))
            {
                return severity;
            }

            throw Error(value, $"the severity of '{rule}' is {Found(value)}", SeverityWords);
        }

        private RuleOptionSetting ReadOption(string name, YamlNode keyNode, YamlNode value, string rule)
        {
            const string Expected = "a string, a number or a list of names";
            switch (value)
            {
                case YamlScalarNode scalar when !IsNull(scalar):
                    return new RuleOptionSetting(name, scalar.Value ?? string.Empty, IsList: false, SourceOf(keyNode), SourceOf(value));
                case YamlSequenceNode sequence:
                    var items = new List<string>(sequence.Children.Count);
                    foreach (var item in sequence.Children)
                    {
                        if (item is not YamlScalarNode { Value: { } text } || IsNull(item))
                        {
                            throw Error(item, $"an item of option '{name}' of '{rule}' is {Found(item)}", "a name");
                        }

                        items.Add(text.Trim());
                    }

                    return new RuleOptionSetting(name, string.Join(", ", items), IsList: true, SourceOf(keyNode), SourceOf(value));
                default:
                    throw Error(value, $"option '{name}' of '{rule}' is {Found(value)}", Expected);
            }
        }

        private ImmutableArray<ConfigOverride> ReadOverrides(YamlNode value)
        {
            if (IsNull(value))
            {
                return [];
            }

            const string Expected = "a list of entries, each with 'files' and 'rules'";
            if (value is not YamlSequenceNode sequence)
            {
                throw Error(value, $"'{OverridesKey}' is {Found(value)}", Expected);
            }

            var overrides = ImmutableArray.CreateBuilder<ConfigOverride>(sequence.Children.Count);
            foreach (var entry in sequence.Children)
            {
                if (entry is not YamlMappingNode mapping)
                {
                    throw Error(entry, $"an entry of '{OverridesKey}' is {Found(entry)}", "a mapping with 'files' and 'rules'");
                }

                ImmutableArray<string>? files = null;
                ImmutableArray<RuleSetting> rules = [];
                foreach (var (keyNode, child) in mapping.Children)
                {
                    switch (KeyText(keyNode))
                    {
                        case FilesKey:
                            files = ReadGlobs(child, FilesKey);
                            break;
                        case RulesKey:
                            rules = ReadRules(child, RulesKey);
                            break;
                        default:
                            Warn(keyNode, $"unknown key '{KeyText(keyNode)}' in an override; it is ignored (an override takes files and rules).");
                            break;
                    }
                }

                if (files is not { Length: > 0 } globs)
                {
                    throw Error(entry, $"an entry of '{OverridesKey}' has no '{FilesKey}'", "'files' with a list of glob patterns, such as [\"chat/**\"]");
                }

                overrides.Add(new ConfigOverride(globs, rules, SourceOf(entry)));
            }

            return overrides.ToImmutable();
        }

        // formats: - { files, preset, items, id, title, body, subject, body-format, placeholders }: how the templates of
        // a JSON listing are found (docs/exports.md).
        private ImmutableArray<FormatMapping> ReadFormats(YamlNode value)
        {
            if (IsNull(value))
            {
                return [];
            }

            const string Expected = "a list of entries, each with 'files' and either 'body' or 'preset'";
            if (value is not YamlSequenceNode sequence)
            {
                throw Error(value, $"'{FormatsKey}' is {Found(value)}", Expected);
            }

            var formats = ImmutableArray.CreateBuilder<FormatMapping>(sequence.Children.Count);
            foreach (var entry in sequence.Children)
            {
                if (entry is not YamlMappingNode mapping)
                {
                    throw Error(entry, $"an entry of '{FormatsKey}' is {Found(entry)}", "a mapping with 'files' and either 'body' or 'preset'");
                }

                ImmutableArray<string>? files = null;
                string? preset = null;
                ItemsPath? items = null;
                ImmutableArray<string> id = [], title = [], body = [], subject = [];
                ExportBodyFormat? bodyFormat = null;
                string? placeholders = null;
                foreach (var (keyNode, child) in mapping.Children)
                {
                    var key = KeyText(keyNode);
                    switch (key)
                    {
                        case FilesKey:
                            files = ReadGlobs(child, FilesKey);
                            break;
                        case "preset":
                            preset = ReadWord(child, key, ListingPresets.Names);
                            break;
                        case "items":
                            var text = ReadScalar(child, key, "a path such as \"$[*]\", \"$.data[*]\" or \"$._embedded['saved-replies'][*]\"");
                            if (!ItemsPath.TryParse(text, out items, out var problem))
                            {
                                throw Error(child, $"the items path '{text}' is not valid: {problem}", "a path such as \"$[*]\", \"$.data[*]\" or \"$._embedded['saved-replies'][*]\"");
                            }

                            break;
                        case "id":
                            id = ReadFields(child, key);
                            break;
                        case "title":
                            title = ReadFields(child, key);
                            break;
                        case "body":
                            body = ReadFields(child, key);
                            break;
                        case "subject":
                            subject = ReadFields(child, key);
                            break;
                        case "body-format":
                            bodyFormat = ReadWord(child, key, ["markdown", "html", "text"]) switch
                            {
                                "markdown" => ExportBodyFormat.Markdown,
                                "html" => ExportBodyFormat.Html,
                                _ => ExportBodyFormat.Text,
                            };
                            break;
                        case "placeholders":
                            placeholders = ReadScalar(child, key, "the help desk whose placeholders the bodies use, such as freshdesk").Trim();
                            if (!ExportReader.Dialects.Contains(placeholders, StringComparer.OrdinalIgnoreCase))
                            {
                                Warn(child, $"unknown placeholder dialect '{placeholders}' in a format; it is passed on as written (the known ones are {Listed(ExportReader.Dialects)}).");
                            }

                            break;
                        default:
                            Warn(keyNode, $"unknown key '{key}' in a format; it is ignored (a format takes {Listed(FormatMapping.Keys)}).");
                            break;
                    }
                }

                if (files is not { Length: > 0 } globs)
                {
                    throw Error(entry, $"an entry of '{FormatsKey}' has no '{FilesKey}'", "'files' with a list of glob patterns, such as [\"exports/freshdesk/*.json\"]");
                }

                if (preset is null && body.IsEmpty)
                {
                    throw Error(entry, $"an entry of '{FormatsKey}' has neither 'body' nor 'preset'", "'body' with the field that holds the reply text, or a preset such as 'preset: freshdesk'");
                }

                formats.Add(new FormatMapping(globs, preset, items, id, title, body, subject, bodyFormat, placeholders, SourceOf(entry).ToString()));
            }

            return formats.ToImmutable();
        }

        private string ReadScalar(YamlNode value, string key, string expected)
        {
            if (value is YamlScalarNode { Value: { } text } && !IsNull(value) && !string.IsNullOrWhiteSpace(text))
            {
                return text;
            }

            throw Error(value, $"'{key}' is {Found(value)}", expected);
        }

        private string ReadWord(YamlNode value, string key, IReadOnlyList<string> words)
        {
            var expected = Listed(words).Replace(" and ", " or ", StringComparison.Ordinal);
            var text = ReadScalar(value, key, expected).Trim().ToLowerInvariant();
            return words.Contains(text, StringComparer.Ordinal) ? text : throw Error(value, $"'{key}' is {Found(value)}", expected);
        }

        // A field name, a dotted path into an object, or a list of them (the first the item has wins).
        private ImmutableArray<string> ReadFields(YamlNode value, string key)
        {
            const string Expected = "a field name such as content_html, or a list of them such as [content_html, content]";
            if (value is YamlSequenceNode)
            {
                return [.. ReadStringList(value, key, Expected).Select(static item => item.Text.Trim())];
            }

            return [ReadScalar(value, key, Expected).Trim()];
        }

        private void ReadPlaceholders(YamlNode value)
        {
            if (IsNull(value))
            {
                return;
            }

            if (value is not YamlMappingNode mapping)
            {
                throw Error(value, $"'{PlaceholdersKey}' is {Found(value)}", "a mapping with 'known', such as { known: [\"customer.first_name\"] }");
            }

            foreach (var (keyNode, child) in mapping.Children)
            {
                if (KeyText(keyNode) != KnownKey)
                {
                    Warn(keyNode, $"unknown key '{KeyText(keyNode)}' under 'placeholders'; it is ignored (it takes known).");
                    continue;
                }

                if (IsNull(child))
                {
                    continue;
                }

                var names = ReadStringList(child, KnownKey, "a list of placeholder names, such as [\"customer.first_name\", \"order.*\"]");
                Config.KnownPlaceholders = [.. names.Select(static n => n.Text.Trim())];
                Config.KnownPlaceholdersSource = SourceOf(child);
            }
        }

        private string KeyText(YamlNode key)
        {
            if (key is YamlScalarNode { Value: { } text } && !IsNull(key) && !string.IsNullOrWhiteSpace(text))
            {
                return text.Trim();
            }

            throw Error(key, $"a key is {Found(key)}", "a name such as 'rules'");
        }

        private void Warn(YamlNode node, string message) => _warnings.Add(new ConfigWarning(SourceOf(node), message));

        private ConfigSource SourceOf(YamlNode node) => At((int)node.Start.Line, (int)node.Start.Column);

        private ConfigSource At(int line, int column) => new(Config.FullPath, Config.DisplayPath, Math.Max(1, line), Math.Max(1, column));

        private ConfigException Error(YamlNode node, string found, string expected) =>
            new(SourceOf(node), $"{MessageText.OneLine(found)}; expected {expected}.");

        private static string Listed(IReadOnlyList<string> words) =>
            words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1];
    }

    // A plain empty, "~" or "null" scalar is YAML's null, not text.
    internal static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar
        && (scalar.Value is null || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL"));

    /// <summary>What a node is, for "found" in messages: <c>a list</c>, <c>a mapping</c>, <c>empty</c> or <c>'text'</c>.</summary>
    internal static string Found(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ when IsNull(node) => "empty",
        YamlScalarNode { Value: { } text } => Quoted(text),
        _ => "an alias",
    };

    internal static string Quoted(string text)
    {
        var line = MessageText.OneLine(text);
        return line.Length > 40 ? $"'{line[..40]}...'" : $"'{line}'";
    }
}
