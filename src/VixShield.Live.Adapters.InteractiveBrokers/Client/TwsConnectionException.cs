namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>A connection to TWS could not be made or used; <see cref="Failure"/> says why.</summary>
public sealed class TwsConnectionException : Exception
{
    public TwsConnectionException()
        : this(TwsConnectionFailure.NotConnected, "not connected to TWS")
    {
    }

    public TwsConnectionException(string message)
        : this(TwsConnectionFailure.NotConnected, message)
    {
    }

    public TwsConnectionException(string message, Exception innerException)
        : this(TwsConnectionFailure.NotConnected, message, innerException)
    {
    }

    public TwsConnectionException(TwsConnectionFailure failure, string message)
        : base(message)
    {
        Failure = failure;
    }

    public TwsConnectionException(TwsConnectionFailure failure, string message, Exception? innerException)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public TwsConnectionFailure Failure { get; }
}
