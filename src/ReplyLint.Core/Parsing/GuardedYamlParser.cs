using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReplyLint.Parsing;

/// <summary>A YAML parser that refuses aliases and deep nesting before YamlDotNet's representation model sees them.</summary>
/// <remarks>The representation model, and every loader that walks it, recurses into nested collections, so a
/// collection nested thousands deep (<c>a: [[[[...</c>) overflows the stack, which ends the process: no catch can
/// help. An alias can make a node its own child (<c>a: &amp;x [*x]</c>), and a few nested aliases can stand for
/// millions of nodes (the "billion laughs"). Nothing ReplyLint reads (front matter, configuration, phrase packs,
/// template bundles) needs either, and all of it can arrive in a pull request, so every YAML reader goes through this.</remarks>
/// <param name="inner">The parser to guard.</param>
/// <param name="document">What is being read, for the alias message: "front matter", "a configuration file".</param>
internal sealed class GuardedYamlParser(IParser inner, string document) : IParser
{
    /// <summary>The deepest nesting of collections accepted.</summary>
    public const int MaxDepth = 64;

    private int _depth;

    /// <summary>A guarded parser over <paramref name="yaml"/>.</summary>
    public static GuardedYamlParser Over(string yaml, string document) => new(new Parser(new StringReader(yaml)), document);

    /// <inheritdoc/>
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc/>
    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case AnchorAlias alias:
                throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value}' (aliases are not supported in {document}; write the value out)");
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                throw new YamlException(inner.Current.Start, inner.Current.End, $"collections nested more than {MaxDepth} levels deep");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }
}
