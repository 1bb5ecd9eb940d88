using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_HISTORICAL_DATA (20): bars for indicator warm-up; subject to the historical pacing rules (brief §3).</summary>
/// <param name="EndDateTime">Empty for now, else <c>yyyyMMdd HH:mm:ss</c> plus a zone (<c>yyyyMMdd-HH:mm:ss</c> is UTC).</param>
/// <param name="BarSize">Like <c>5 mins</c> or <c>1 day</c>.</param>
/// <param name="Duration">Like <c>1 D</c> or <c>2 W</c>.</param>
/// <param name="WhatToShow"><c>TRADES</c> for indexes; <c>MIDPOINT</c> or <c>BID_ASK</c> for options.</param>
/// <param name="KeepUpToDate">Stream HISTORICAL_DATA_UPDATE after the bars; requires an empty end time.</param>
public sealed record RequestHistoricalData(
    int RequestId,
    TwsContract Contract,
    string EndDateTime,
    string BarSize,
    string Duration,
    bool RegularTradingHoursOnly,
    string WhatToShow,
    TwsBarDateFormat DateFormat = TwsBarDateFormat.Text,
    bool KeepUpToDate = false) : TwsRequest;
