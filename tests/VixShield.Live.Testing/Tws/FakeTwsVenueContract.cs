namespace VixShield.Live.Testing.Tws;

/// <summary>A contract the fake venue knows: what REQ_CONTRACT_DATA answers and the bid/ask orders trade against.</summary>
/// <param name="LastTradeDateOrContractMonth"><c>yyyyMMdd</c> as TWS writes it; empty for stocks.</param>
/// <param name="Strike">Null for contracts without a strike.</param>
/// <param name="Right"><c>C</c>, <c>P</c> or empty.</param>
public sealed record FakeTwsVenueContract(
    int ConId,
    string Symbol,
    string SecurityType,
    string LastTradeDateOrContractMonth,
    decimal? Strike,
    string Right,
    string TradingClass,
    string Multiplier,
    decimal Bid,
    decimal Ask);
