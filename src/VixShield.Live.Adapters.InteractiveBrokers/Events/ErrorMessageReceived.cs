using VixShield.Live.Adapters.InteractiveBrokers.Client;

namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>ERR_MSG (4): an error, warning or notice; <paramref name="Id"/> is -1 when not about a request or order.</summary>
/// <param name="Id">The request id or order id the message is about, or -1.</param>
/// <param name="Code">IB's message code (brief §8).</param>
/// <param name="Message">IB's text, with <c>\uXXXX</c> escapes decoded.</param>
/// <param name="AdvancedOrderRejectJson">Extra JSON for order rejections; usually empty.</param>
public sealed record ErrorMessageReceived(int Id, int Code, string Message, string AdvancedOrderRejectJson) : TwsEvent
{
    /// <summary>What the code means for the connection, or <see cref="TwsConnectionNotice.None"/>.</summary>
    public TwsConnectionNotice Notice => TwsConnectionNotices.Classify(Code);
}
