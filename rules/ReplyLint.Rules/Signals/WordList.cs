using System.Collections.Frozen;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace ReplyLint.Rules.Signals;

/// <summary>Loads a closed list of words kept as data beside a rule: a YAML file with one key holding a list, such as
/// <c>acronyms: [PDF, FAQ]</c>, embedded as <c>{rule type FullName}.{suffix}</c>.</summary>
internal static class WordList
{
    public static FrozenSet<string> FromEmbeddedYaml<TRule>(string suffix, string key, StringComparer comparer)
    {
        var type = typeof(TRule);
        var resourceName = $"{type.FullName}.{suffix}";
        using var stream = type.Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{resourceName}' was not found.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var yaml = new YamlStream();
        yaml.Load(reader);
        if (yaml.Documents.Count != 1
            || yaml.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode(key), out var list)
            || list is not YamlSequenceNode sequence)
        {
            throw new InvalidOperationException($"{resourceName}: expected one document with a '{key}' list.");
        }

        var words = new List<string>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } word })
            {
                throw new InvalidOperationException($"{resourceName}({item.Start.Line},{item.Start.Column}): expected a word.");
            }

            words.Add(word);
        }

        return words.ToFrozenSet(comparer);
    }
}
