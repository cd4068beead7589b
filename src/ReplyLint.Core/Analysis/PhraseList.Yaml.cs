using System.Text;
using ReplyLint.Parsing;
using ReplyLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Analysis;

// The YAML half of PhraseList. It reads the representation model, not the reflection deserializer, so that the
// tool stays trim- and AOT-safe, and so every node keeps the position the error messages quote.
public sealed partial class PhraseList
{
    private const string PhrasesKey = "phrases";
    private const string MatchKey = "match";
    private const string SuggestKey = "suggest";
    private const string EntryShape = "a pattern string or a mapping with 'match' and an optional 'suggest'";

    /// <summary>Reads a phrase list from YAML, the schema shared by built-in rules and user phrase packs:</summary>
    /// <remarks>
    /// <code>
    /// phrases:
    ///   - "sorry for the inconvenience"
    ///   - match: "we (apologize|are sorry) for any inconvenience"
    ///     suggest: "I'm sorry for the trouble this caused"
    /// </code>
    /// A plain string is a pattern; a mapping has a <c>match</c> pattern and an optional <c>suggest</c> replacement.
    /// Each entry's <see cref="PhraseEntry.Origin"/> is <c>{sourceName}({line},{column})</c>.
    /// </remarks>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The file or resource name, for <see cref="Name"/>, origins and error messages.</param>
    /// <exception cref="PhraseListException">The YAML is malformed, does not follow the schema, or has a malformed
    /// pattern. The message is one line: <c>{sourceName}({line},{column}): {problem}; expected {what}.</c></exception>
    public static PhraseList FromYaml(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var root = LoadRoot(yaml, sourceName, PhrasesKey);
        if (root is not YamlMappingNode mapping)
        {
            throw Error(sourceName, root, $"the root is {Describe(root)}", $"a mapping with a '{PhrasesKey}' key");
        }

        YamlNode? phrases = null;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: PhrasesKey })
            {
                phrases = value;
            }
            else
            {
                throw Error(sourceName, key, $"unknown key {DescribeKey(key)} at the top level", $"only '{PhrasesKey}'");
            }
        }

        if (phrases is null)
        {
            throw Error(sourceName, mapping, $"the root has no '{PhrasesKey}' key", $"a '{PhrasesKey}' key with a list of phrases");
        }

        return new PhraseList(sourceName, ReadEntries(phrases, sourceName));
    }

    /// <summary>Reads the phrase list embedded in <typeparamref name="T"/>'s assembly as the manifest resource
    /// <c>{typeof(T).FullName}.{suffix}</c>, such as <c>ReplyLint.Rules.Tone.RL1004RoboticWording.phrases.yaml</c>.</summary>
    /// <typeparam name="T">The type that owns the list, usually the analyzer.</typeparam>
    /// <param name="suffix">What follows the type's full name in the resource name, such as <c>phrases.yaml</c>.</param>
    /// <returns>The list, named after the resource.</returns>
    /// <exception cref="InvalidOperationException">The resource does not exist.</exception>
    /// <exception cref="PhraseListException">The resource is not a valid phrase list (see <see cref="FromYaml"/>).</exception>
    public static PhraseList FromEmbeddedYaml<T>(string suffix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(suffix);
        var type = typeof(T);
        var resourceName = $"{type.FullName}.{suffix}";
        using var stream = type.Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException(
                $"The embedded resource '{resourceName}' was not found in assembly '{type.Assembly.GetName().Name}'.");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return FromYaml(reader.ReadToEnd(), resourceName);
    }

    /// <summary>Reads the entries of a <c>phrases</c> node; phrase packs reuse it for each of their rules.</summary>
    /// <param name="phrases">The node under the <c>phrases</c> key.</param>
    /// <param name="sourceName">The file or resource name, for origins and error messages.</param>
    /// <param name="warn">Where an unknown key in a phrase goes as a one-line warning, and is then ignored; when null,
    /// an unknown key is an error. Built-in lists are strict; user packs tolerate keys a later version may add.</param>
    internal static List<PhraseEntry> ReadEntries(YamlNode phrases, string sourceName, Action<string>? warn = null)
    {
        if (phrases is not YamlSequenceNode sequence)
        {
            throw Error(sourceName, phrases, $"'{PhrasesKey}' is {Describe(phrases)}", "a list of phrases");
        }

        var entries = new List<PhraseEntry>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            entries.Add(item switch
            {
                YamlScalarNode scalar => ReadPlainEntry(scalar, sourceName),
                YamlMappingNode mapping => ReadMappingEntry(mapping, sourceName, warn),
                _ => throw Error(sourceName, item, $"a phrase is {Describe(item)}", EntryShape),
            });
        }

        return entries;
    }

    private static PhraseEntry ReadPlainEntry(YamlScalarNode scalar, string sourceName)
    {
        if (IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
        {
            throw Error(sourceName, scalar, "a phrase is empty", EntryShape);
        }

        var pattern = ReadPattern(scalar, sourceName);
        return new PhraseEntry(pattern, null, Origin(sourceName, scalar));
    }

    private static PhraseEntry ReadMappingEntry(YamlMappingNode mapping, string sourceName, Action<string>? warn)
    {
        string? pattern = null;
        string? suggest = null;
        foreach (var (key, value) in mapping.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case MatchKey:
                    if (value is not YamlScalarNode matchScalar || IsNull(matchScalar) || string.IsNullOrWhiteSpace(matchScalar.Value))
                    {
                        throw Error(sourceName, value, $"'{MatchKey}' is {Describe(value)}", "a pattern such as 'sorry for the inconvenience'");
                    }

                    pattern = ReadPattern(matchScalar, sourceName);
                    break;
                case SuggestKey:
                    if (value is not YamlScalarNode suggestScalar || IsNull(suggestScalar) || string.IsNullOrWhiteSpace(suggestScalar.Value))
                    {
                        throw Error(sourceName, value, $"'{SuggestKey}' is {Describe(value)}", "replacement text, or no 'suggest' key when no replacement is safe");
                    }

                    suggest = suggestScalar.Value;
                    break;
                default:
                    var unknown = Error(sourceName, key, $"unknown key {DescribeKey(key)} in a phrase", $"'{MatchKey}' or '{SuggestKey}'");
                    if (warn is null)
                    {
                        throw unknown;
                    }

                    warn(unknown.Message);
                    break;
            }
        }

        if (pattern is null)
        {
            throw Error(sourceName, mapping, $"a phrase has no '{MatchKey}' key", $"'{MatchKey}' with a pattern");
        }

        return new PhraseEntry(pattern, suggest, Origin(sourceName, mapping));
    }

    // A bad pattern is reported where it is written, not later when the matcher is compiled.
    private static string ReadPattern(YamlScalarNode scalar, string sourceName)
    {
        var pattern = scalar.Value!;
        if (!PhrasePattern.TryExpand(pattern, out _, out var error))
        {
            throw Error(sourceName, scalar, error.Problem, error.Expected);
        }

        return pattern;
    }

    /// <summary>Parses <paramref name="yaml"/> as one YAML document and returns its root node.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The file or resource name, for error messages.</param>
    /// <param name="rootKey">The key the root mapping must have, named when the document is empty.</param>
    internal static YamlNode LoadRoot(string yaml, string sourceName, string rootKey)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(GuardedYamlParser.Over(yaml, "phrase lists"));
        }
        catch (YamlException exception)
        {
            var reason = MessageText.Clause(exception.Message);

            throw new PhraseListException(
                $"{sourceName}({exception.Start.Line},{exception.Start.Column}): invalid YAML: {reason}; expected well-formed YAML.",
                sourceName,
                (int)exception.Start.Line,
                (int)exception.Start.Column,
                exception);
        }

        if (stream.Documents.Count == 0)
        {
            throw new PhraseListException(
                $"{sourceName}(1,1): the document is empty; expected a mapping with a '{rootKey}' key.", sourceName, 1, 1);
        }

        if (stream.Documents.Count > 1)
        {
            throw Error(sourceName, stream.Documents[1].RootNode, "a second YAML document starts here", "a single document");
        }

        return stream.Documents[0].RootNode;
    }

    /// <summary><c>{sourceName}({line},{column})</c> of <paramref name="node"/>.</summary>
    internal static string Origin(string sourceName, YamlNode node) => $"{sourceName}({node.Start.Line},{node.Start.Column})";

    /// <summary>The error <c>{origin}: {problem}; expected {expected}.</c> at <paramref name="node"/>, on one line.</summary>
    internal static PhraseListException Error(string sourceName, YamlNode node, string problem, string expected) =>
        new(
            $"{Origin(sourceName, node)}: {MessageText.OneLine(problem)}; expected {expected}.",
            sourceName,
            (int)node.Start.Line,
            (int)node.Start.Column);

    // A plain empty, "~" or "null" scalar is YAML's null, not text.
    internal static bool IsNull(YamlScalarNode scalar) =>
        scalar.Value is null
        || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    /// <summary>What <paramref name="node"/> is, for "'x' is ..." messages: a list, a mapping, empty, a string.</summary>
    internal static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode scalar when IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value) => "empty",
        YamlScalarNode => "a string",
        _ => "an alias",
    };

    /// <summary>A mapping key quoted for a message.</summary>
    internal static string DescribeKey(YamlNode key) => key is YamlScalarNode { Value: { } value } ? $"'{MessageText.OneLine(value)}'" : $"that is {Describe(key)}";

}
