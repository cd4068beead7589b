using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using ReplyLint.Text;

namespace ReplyLint.Exports;

/// <summary>What reading a file as an export gave.</summary>
internal abstract record ExportReadResult;

/// <summary>A recognized export and the templates found in it (those skipped — inactive, or with no reply text — are
/// left out).</summary>
/// <param name="Kind">What the export is, for messages and docs: <c>Zendesk macros</c>, <c>template bundle</c>...</param>
/// <param name="Templates">The templates, in file order.</param>
internal sealed record ExportFound(string Kind, ImmutableArray<ExportTemplate> Templates) : ExportReadResult;

/// <summary>A data file of no known export shape (a <c>package.json</c>, a workflow): not a template export at all.</summary>
/// <param name="Reason">Why, as RL0002 says it when the file was named on the command line.</param>
internal sealed record NotAnExport(string Reason) : ExportReadResult;

/// <summary>A file that could not be read as an export: invalid JSON or YAML, or a template value of the wrong type.</summary>
/// <param name="Error">What is wrong, and where.</param>
/// <param name="LooksLikeExport">Whether the file shows the marks of an export (its keys), so that a broken one found
/// in a folder is reported rather than passed over as some other data file.</param>
internal sealed record ExportBroken(ExportFormatException Error, bool LooksLikeExport) : ExportReadResult;

/// <summary>How one file is read.</summary>
/// <param name="FileName">The file's name, for the ID of a template that has none.</param>
/// <param name="IncludeInactive">Whether inactive templates (<c>active: false</c>) are linted too.</param>
/// <param name="Formats">The <c>formats:</c> mappings of the configuration whose files match this one, nearest first.</param>
internal sealed record ExportReadOptions(string FileName, bool IncludeInactive, ImmutableArray<FormatMapping> Formats = default);

/// <summary>Reads help-desk exports: Zendesk macros, template bundles (<c>templates:</c> and <c>replies:</c>, YAML or
/// JSON), the built-in listings of other help desks, and any JSON listing a <c>formats:</c> mapping describes. The shape
/// is recognized by content, never by the file name alone.</summary>
internal static class ExportReader
{
    /// <summary>The extensions of data files: what a folder contributes besides templates, and what is read as an export.</summary>
    public static ImmutableArray<string> DataExtensions { get; } = [".json", ".yml", ".yaml"];

    /// <summary>Whether the file at <paramref name="path"/> is a data file by its extension (a file a <c>formats:</c> entry
    /// names is read as an export whatever its extension).</summary>
    public static bool IsExportCandidate(string path) =>
        DataExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>The placeholder dialects, by help desk: what a template's <c>placeholders</c> field names.</summary>
    public static ImmutableArray<string> Dialects { get; } =
        ["zendesk", "freshdesk", "helpscout", "intercom", "front", "gorgias", "chatwoot", "zoho", "salesforce", "osticket", "zammad"];

    /// <summary>Reads <paramref name="source"/> as an export.</summary>
    public static ExportReadResult Read(SourceText source, string path, ExportReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var isYaml = Path.GetExtension(path) is { } extension
            && (extension.Equals(".yml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase));
        DataNode? root;
        try
        {
            root = isYaml ? YamlDataReader.Read(source) : JsonDataReader.Read(source);
        }
        catch (ExportFormatException exception)
        {
            return new ExportBroken(exception, !options.Formats.IsDefaultOrEmpty || ExportMarks.Appear(source.Text));
        }

        if (root is null)
        {
            return new NotAnExport("the file holds no YAML document");
        }

        var context = new ExportContext(options);
        try
        {
            var kind = ReadShape(root, context, isYaml);
            return kind is null
                ? new NotAnExport(isYaml
                    ? "it is YAML but not a template bundle (a list under 'templates:' or 'replies:')"
                    : "it is JSON but not a known export (Zendesk macros, a template bundle, a help-desk listing, or a 'formats:' mapping in .replylint.yaml)")
                : new ExportFound(kind, context.Templates.ToImmutable());
        }
        catch (ExportFormatException exception)
        {
            return new ExportBroken(exception, LooksLikeExport: true);
        }
    }

    private static string? ReadShape(DataNode root, ExportContext context, bool isYaml)
    {
        // A mapping the configuration gives for the file wins over every shape the file might look like.
        if (!context.Options.Formats.IsDefaultOrEmpty)
        {
            return FormatMappings.Read(root, context.Options.Formats[0], context);
        }

        if (ZendeskMacros.TryRead(root, context))
        {
            return ZendeskMacros.Kind;
        }

        if (TemplateBundles.TryRead(root, context))
        {
            return TemplateBundles.Kind;
        }

        return isYaml ? null : ListingPresets.TryRead(root, context);
    }
}

/// <summary>The state of reading one export: its options, and the templates found so far with their IDs.</summary>
internal sealed class ExportContext(ExportReadOptions options)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public ExportReadOptions Options { get; } = options;

    public ImmutableArray<ExportTemplate>.Builder Templates { get; } = ImmutableArray.CreateBuilder<ExportTemplate>();

    /// <summary>The file's name without its extension: the ID of a template that has none, alone in its file.</summary>
    public string FileStem => Path.GetFileNameWithoutExtension(Options.FileName);

    /// <summary>Adds a template; an ID seen before in the file gets a suffix, since the ID names the template in reports.</summary>
    public void Add(ExportTemplate template)
    {
        var id = string.IsNullOrWhiteSpace(template.Id) ? (Templates.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : template.Id.Trim();
        var unique = id;
        for (var n = 2; !_ids.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        template.Id = unique;
        Templates.Add(template);
    }

    /// <summary>Whether a template marked <c>active: false</c> (or the like) is skipped.</summary>
    public bool Skips(DataNode? active) =>
        !Options.IncludeInactive && active is DataScalar scalar && scalar.AsBoolean() == false;

    public static ExportFormatException WrongType(DataNode node, string what, string expected) =>
        new(node.Span, $"{what} is {node.Describe()}; expected {expected}");

    /// <summary>A body or subject value: a string, or null (and then there is none).</summary>
    public static DataScalar? Text(DataNode? node, string what)
    {
        return node switch
        {
            null or DataScalar { IsNull: true } => null,
            DataScalar { IsText: true } scalar => scalar,
            _ => throw WrongType(node, what, "a string"),
        };
    }
}

/// <summary>Cheap marks of an export: keys every export shape has one of. A data file found in a folder whose start shows
/// none is no export and is never read as one; a broken file that shows one is reported rather than passed over.</summary>
internal static class ExportMarks
{
    /// <summary>How much of a file the marks are looked for in: an export's keys come with its first template.</summary>
    public const int SniffBytes = 64 * 1024;

    private static readonly SearchValues<string> Marks = SearchValues.Create(
        [
            // Zendesk macros, in every shape
            "\"macros\"", "\"macro\"", "\"actions\"", "\"comment_value", "macros:", "actions:",

            // template bundles
            "\"templates\"", "\"replies\"", "templates:", "replies:",

            // the listings of other help desks
            "\"folder_id\"", "\"content_html\"", "\"saved-replies\"", "\"chatText\"", "\"body_text\"", "\"_results\"",
            "\"setResponseText\"", "\"templateName\"", "\"rsp_", "\"mtpl_",
        ],
        StringComparison.Ordinal);

    public static bool Appear(ReadOnlySpan<char> text) => text.IndexOfAny(Marks) >= 0;

    /// <summary>Whether the start of the file at <paramref name="path"/> shows an export's marks; true when it cannot be
    /// read, so that the engine reports why.</summary>
    public static bool MayBeExport(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[(int)Math.Min(SniffBytes, stream.Length)];
            stream.ReadExactly(buffer);
            ReadOnlySpan<byte> bytes = buffer;
            var text = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode.GetString(bytes[2..])
                : bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(bytes[2..])
                : Encoding.UTF8.GetString(bytes);
            return Appear(text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return true;
        }
    }
}
