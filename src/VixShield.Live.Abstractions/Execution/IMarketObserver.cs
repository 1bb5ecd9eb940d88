using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>Something that needs to see every accepted quote (the paper broker's price source).</summary>
public interface IMarketObserver
{
    /// <summary>Called on the decision loop's thread for each quote it accepts; must not block or allocate per call.</summary>
    void OnQuote(in Quote quote);
}
