namespace ReplyLint.Configuration;

/// <summary>A configuration file is unusable: unreadable, not YAML, or a value of the wrong type. The message is one
/// line that starts with the place of the problem and says what was expected, such as
/// <c>.replylint.yaml(4,11): the severity of 'RL1004' is 'fatal'; expected error, warning, suggestion, silent or none.</c></summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public ConfigException()
        : base("The configuration is invalid.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    public ConfigException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public ConfigException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception at <paramref name="source"/>; the message is <c>{source}: {problem}</c>.</summary>
    /// <param name="source">Where the problem is.</param>
    /// <param name="problem">One sentence ending with a period: what was found, then what was expected.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ConfigException(ConfigSource source, string problem, Exception? innerException = null)
        : base($"{source}: {problem}", innerException)
    {
        Location = source;
    }

    /// <summary>Where the problem is, when known.</summary>
    public ConfigSource? Location { get; }
}
