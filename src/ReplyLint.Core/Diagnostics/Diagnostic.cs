using System.Collections.Immutable;

namespace ReplyLint.Diagnostics;

/// <summary>One finding: which rule, where, what it says, and optionally how to fix it.</summary>
public sealed class Diagnostic
{
    /// <summary>Creates a finding with its final message.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, string message, ImmutableArray<string> arguments, Fix? fix)
        : this(descriptor, location, severity, message, arguments, fix, suppression: null)
    {
    }

    private Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, string message, ImmutableArray<string> arguments, Fix? fix, Suppression? suppression)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(message);
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Message = message;
        Arguments = arguments.IsDefault ? [] : arguments;
        Fix = fix;
        Suppression = suppression;
    }

    /// <summary>Creates a finding at the rule's default severity, formatting its message with <paramref name="arguments"/>.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, Fix? fix = null, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new Diagnostic(descriptor, location, descriptor.DefaultSeverity, descriptor.FormatMessage(arguments), [.. arguments], fix);
    }

    /// <summary>The rule.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule ID.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where the finding is.</summary>
    public Location Location { get; }

    /// <summary>The severity in effect (after configuration).</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The message, arguments filled in.</summary>
    public string Message { get; }

    /// <summary>The message arguments (SARIF carries them too); <c>{0}</c> is the text found.</summary>
    public ImmutableArray<string> Arguments { get; }

    /// <summary>The safe fix, when there is one.</summary>
    public Fix? Fix { get; }

    /// <summary>What hides this finding, when something in the template or configuration does.</summary>
    public Suppression? Suppression { get; }

    /// <summary>The same finding at another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, Location, severity, Message, Arguments, Fix, Suppression);

    /// <summary>The same finding, hidden by <paramref name="suppression"/>.</summary>
    public Diagnostic WithSuppression(Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(suppression);
        return new Diagnostic(Descriptor, Location, Severity, Message, Arguments, Fix, suppression);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Location.Path}({Location.LineSpan}): {Severity.ToConfigName()} {Id}: {Message}";
}

/// <summary>The order every report uses: path (ordinal), line, column, rule ID, then end and message, so that output
/// never depends on the order files were analyzed in.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    /// <summary>The one instance.</summary>
    public static DiagnosticOrder Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var result = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (result == 0) result = x.Location.LineSpan.Start.Line.CompareTo(y.Location.LineSpan.Start.Line);
        if (result == 0) result = x.Location.LineSpan.Start.Column.CompareTo(y.Location.LineSpan.Start.Column);
        if (result == 0) result = string.CompareOrdinal(x.Id, y.Id);
        if (result == 0) result = x.Location.Span.End.CompareTo(y.Location.Span.End);
        if (result == 0) result = string.CompareOrdinal(x.Message, y.Message);
        return result;
    }
}
