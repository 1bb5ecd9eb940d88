namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>TWS refused or did not answer a contract lookup, history or option request; <see cref="Code"/> is IB's error code when it sent one.</summary>
public sealed class InteractiveBrokersRequestException : Exception
{
    public InteractiveBrokersRequestException()
        : this("TWS refused the request")
    {
    }

    public InteractiveBrokersRequestException(string message)
        : base(message)
    {
    }

    public InteractiveBrokersRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InteractiveBrokersRequestException(string message, int? code)
        : base(message)
    {
        Code = code;
    }

    /// <summary>IB's message code (200 no security definition, 162 historical-data error, …), or null for a timeout.</summary>
    public int? Code { get; }
}
