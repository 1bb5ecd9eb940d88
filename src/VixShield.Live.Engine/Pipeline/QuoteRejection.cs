namespace VixShield.Live.Engine.Pipeline;

/// <summary>Why the decision loop refused to act on a quote.</summary>
public enum QuoteRejection : byte
{
    None = 0,
    NonPositivePrice = 1,
    NegativeCount = 2,
    CrossedBidAsk = 3,
    OutOfOrder = 4,
    ImplausiblePrice = 5,
}
