namespace VixShield.Live.Rules.Blackouts;

/// <summary>The economic calendar file is missing or has bad rows; the message names the file, line, field and value.</summary>
public sealed class EconomicCalendarException : Exception
{
    public EconomicCalendarException()
        : base("The economic calendar is invalid.")
    {
    }

    public EconomicCalendarException(string message)
        : base(message)
    {
    }

    public EconomicCalendarException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
