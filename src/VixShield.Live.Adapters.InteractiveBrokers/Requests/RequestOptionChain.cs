namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_SEC_DEF_OPT_PARAMS (78): expiries and strikes per exchange and trading class (SPX and SPXW come separately).</summary>
/// <param name="FutureOptionExchange">Empty for index options; the futures exchange (CFE) for options on futures.</param>
/// <param name="UnderlyingSecurityType">IND for SPX/VIX index options, FUT for options on futures.</param>
/// <param name="UnderlyingConId">The underlying's conId from a contract-details lookup.</param>
public sealed record RequestOptionChain(
    int RequestId,
    string UnderlyingSymbol,
    string FutureOptionExchange,
    string UnderlyingSecurityType,
    int UnderlyingConId) : TwsRequest;
