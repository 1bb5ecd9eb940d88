namespace VixShield.Live.Rules.Conditions;

/// <summary>A condition's text is not valid: a syntax error, an unknown signal or a type mismatch.</summary>
/// <remarks>The message is the detail and the 1-based column; callers that know the file and the layer wrap it in a
/// <c>RulesetException</c> that names them, the condition text and the known signals.</remarks>
public sealed class ConditionException : Exception
{
    public ConditionException()
        : this("The condition is invalid.", string.Empty, 0)
    {
    }

    public ConditionException(string message)
        : this(message, string.Empty, 0)
    {
    }

    public ConditionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Detail = message;
        Text = string.Empty;
    }

    public ConditionException(string detail, string text, int position)
        : base(detail + " (column " + (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")")
    {
        Detail = detail;
        Text = text;
        Position = position;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Detail { get; }

    /// <summary>The whole condition text.</summary>
    public string Text { get; }

    /// <summary>0-based index of the offending character in <see cref="Text"/>.</summary>
    public int Position { get; }
}
