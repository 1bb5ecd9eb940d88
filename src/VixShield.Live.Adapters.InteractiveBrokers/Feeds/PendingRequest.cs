using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>A request waiting for TWS's answer, completed by the feed's dispatch loop.</summary>
internal abstract class PendingRequest(string description)
{
    /// <summary>What was asked, for error messages (e.g. "contract lookup for VIX9D IND CBOE").</summary>
    public string Description { get; } = description;

    /// <summary>Handles an answer event; true when the request is now complete.</summary>
    public abstract bool OnEvent(TwsEvent answer);

    /// <summary>Handles an ERR_MSG carrying this request's id (notices such as 2100–2999 never get here).</summary>
    public abstract void OnError(ErrorMessageReceived error);

    public abstract void Fail(Exception error);
}
