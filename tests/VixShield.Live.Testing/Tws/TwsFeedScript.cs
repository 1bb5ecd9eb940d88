using System.Text.Json;

namespace VixShield.Live.Testing.Tws;

/// <summary>Builds fake-TWS replies for the feed's requests: contract lookups, market-data acknowledgements, daily bars.</summary>
/// <remarks>Written from the protocol brief (§6 layouts, §8 codes); values are made up. Ticks are not scripted: tests
/// send them after seeing the subscription, so their order relative to the test's own messages is fixed.</remarks>
public sealed class TwsFeedScript
{
    public const int SpxwPutConId = 800000002;

    /// <summary>Every contract the feed looks up, with its exchange and a made-up conId.</summary>
    public static readonly IReadOnlyDictionary<string, (string Exchange, int ConId)> Contracts = new Dictionary<string, (string, int)>
    {
        ["SPX"] = ("CBOE", 416904),
        ["VIX"] = ("CBOE", 13455763),
        ["VIX9D"] = ("CBOE", 100000009),
        ["VIX3M"] = ("CBOE", 100000093),
        ["ADV-NYSE"] = ("NYSE", 100000101),
        ["DECL-NYSE"] = ("NYSE", 100000102),
        ["AD-NYSE"] = ("NYSE", 100000103),
    };

    private readonly HashSet<string> missing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonElement>> marketDataReplies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<object>> dailyBars = new(StringComparer.Ordinal);

    /// <summary>Lookups of these symbols answer ERR_MSG 200 (no security definition).</summary>
    public TwsFeedScript WithoutContracts(params string[] symbols)
    {
        missing.UnionWith(symbols);
        return this;
    }

    /// <summary>REQ_MKT_DATA for <paramref name="symbol"/> answers 10167 then MARKET_DATA_TYPE 3, as TWS does without a live subscription.</summary>
    public TwsFeedScript WithDelayedData(string symbol)
    {
        marketDataReplies[symbol] =
        [
            Send(new { type = "ERR_MSG", id = "${reqId}", code = 10167, message = "Requested market data is not subscribed. Displaying delayed market data." }),
            Send(new { type = "MARKET_DATA_TYPE", reqId = "${reqId}", marketDataType = 3 }),
        ];
        return this;
    }

    /// <summary>REQ_MKT_DATA for <paramref name="symbol"/> answers ERR_MSG <paramref name="code"/> (e.g. 354 not subscribed).</summary>
    public TwsFeedScript WithMarketDataRefused(string symbol, int code, string message)
    {
        marketDataReplies[symbol] = [Send(new { type = "ERR_MSG", id = "${reqId}", code, message })];
        return this;
    }

    /// <summary>REQ_HISTORICAL_DATA for <paramref name="symbol"/> answers these daily bars (date yyyyMMdd, prices as text).</summary>
    public TwsFeedScript WithDailyBars(string symbol, params (string Date, string Open, string High, string Low, string Close)[] bars)
    {
        dailyBars[symbol] = bars
            .Select(b => (object)new { date = b.Date, open = b.Open, high = b.High, low = b.Low, close = b.Close, volume = "-1", wap = "-1", barCount = -1 })
            .ToList();
        return this;
    }

    public FakeTwsScript Build()
    {
        var rules = new List<FakeTwsScriptRule>();
        foreach (var (symbol, (exchange, conId)) in Contracts)
        {
            rules.Add(Rule("REQ_CONTRACT_DATA", new() { ["symbol"] = symbol, ["secType"] = "IND" }, missing.Contains(symbol)
                ? [NoSecurityDefinition()]
                : [
                    Send(new
                    {
                        type = "CONTRACT_DATA",
                        reqId = "${reqId}",
                        contract = new { symbol, secType = "IND", exchange, currency = "USD", localSymbol = symbol, conId },
                        details = new { marketName = symbol, minTick = "0.01", longName = symbol + " index", timeZoneId = "US/Central" },
                    }),
                    Send(new { type = "CONTRACT_DATA_END", reqId = "${reqId}" }),
                ]));
            rules.Add(Rule("REQ_MKT_DATA", new() { ["symbol"] = symbol, ["secType"] = "IND" }, marketDataReplies.TryGetValue(symbol, out var replies)
                ? replies
                : [Send(new { type = "MARKET_DATA_TYPE", reqId = "${reqId}", marketDataType = 1 })]));
            if (dailyBars.TryGetValue(symbol, out var bars))
            {
                rules.Add(Rule("REQ_HISTORICAL_DATA", new() { ["symbol"] = symbol }, [
                    Send(new { type = "HISTORICAL_DATA", reqId = "${reqId}", startDate = "20260101 16:00:00 US/Eastern", endDate = "20261016 09:45:00 US/Eastern", bars }),
                ]));
            }
        }

        rules.Add(Rule("REQ_CONTRACT_DATA", new() { ["secType"] = "OPT", ["strike"] = "6400", ["right"] = "P" }, [
            Send(new
            {
                type = "CONTRACT_DATA",
                reqId = "${reqId}",
                contract = new
                {
                    symbol = "SPX", secType = "OPT", lastTradeDateOrContractMonth = "20261016", lastTradeDate = "20261016", strike = "6400", right = "P",
                    exchange = "SMART", currency = "USD", localSymbol = "SPXW  261016P06400000", tradingClass = "SPXW", conId = SpxwPutConId, multiplier = "100",
                },
                details = new { marketName = "SPXW", minTick = "0.05", underConId = 416904 },
            }),
            Send(new { type = "CONTRACT_DATA_END", reqId = "${reqId}" }),
        ]));
        rules.Add(Rule("REQ_CONTRACT_DATA", new() { ["secType"] = "OPT" }, [NoSecurityDefinition()]));
        rules.Add(Rule("REQ_MKT_DATA", new() { ["secType"] = "OPT" }, [Send(new { type = "MARKET_DATA_TYPE", reqId = "${reqId}", marketDataType = 1 })]));
        rules.Add(Rule("REQ_HISTORICAL_DATA", new(), [
            Send(new { type = "ERR_MSG", id = "${reqId}", code = 162, message = "Historical Market Data Service error message:HMDS query returned no data" }),
        ]));
        return new FakeTwsScript(rules);
    }

    private static JsonElement NoSecurityDefinition()
        => Send(new { type = "ERR_MSG", id = "${reqId}", code = 200, message = "No security definition has been found for the request" });

    private static FakeTwsScriptRule Rule(string on, Dictionary<string, string> match, List<JsonElement> send) => new(on, match, send);

    private static JsonElement Send(object msg) => JsonSerializer.SerializeToElement(new { msg });
}
