using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace VixShield.Live.Testing.Tws;

/// <summary>
/// Scripted replies of the fake TWS, in the format of the golden <c>NAME.json</c> files: the first rule whose request
/// name and field matches fit a request sends its messages, in order, with <c>${label}</c> replaced by the request's
/// field and <c>${now}</c> by the server's clock. The scripts' <c>delayMs</c> are ignored: tests never wait on time.
/// </summary>
public sealed partial class FakeTwsScript
{
    public FakeTwsScript(IReadOnlyList<FakeTwsScriptRule> rules) => Rules = rules;

    public static FakeTwsScript Empty { get; } = new([]);

    public IReadOnlyList<FakeTwsScriptRule> Rules { get; }

    /// <summary>Reads a script file such as <c>shared/tws-golden/condor.json</c>.</summary>
    public static FakeTwsScript Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var rules = new List<FakeTwsScriptRule>();
        foreach (var rule in document.RootElement.GetProperty("rules").EnumerateArray())
        {
            var match = new Dictionary<string, string>(StringComparer.Ordinal);
            if (rule.TryGetProperty("match", out var matchElement))
            {
                foreach (var property in matchElement.EnumerateObject())
                {
                    match[property.Name] = ValueText(property.Value);
                }
            }

            rules.Add(new FakeTwsScriptRule(
                rule.GetProperty("on").GetString() ?? throw new InvalidDataException($"{path}: a rule has no 'on'"),
                match,
                rule.GetProperty("send").EnumerateArray().Select(send => send.Clone()).ToList()));
        }

        return new FakeTwsScript(rules);
    }

    /// <summary>A script with <paramref name="rule"/> tried before the existing rules.</summary>
    public FakeTwsScript WithFirst(FakeTwsScriptRule rule) => new([rule, .. Rules]);

    /// <summary>The replies to <paramref name="request"/>, or empty when no rule matches.</summary>
    public IReadOnlyList<FakeTwsMessage> Reply(FakeTwsRequest request, int serverVersion, long nowEpochSeconds)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var rule in Rules)
        {
            if (rule.On != request.Name
                || !rule.Match.All(pair => request.Field(pair.Key, serverVersion) == pair.Value))
            {
                continue;
            }

            var replies = new List<FakeTwsMessage>();
            foreach (var send in rule.Send)
            {
                if (send.TryGetProperty("minVersion", out var minVersion) && serverVersion < minVersion.GetInt32())
                {
                    continue;
                }

                replies.Add(Compose(send.GetProperty("msg"), request, serverVersion, nowEpochSeconds));
            }

            return replies;
        }

        return [];
    }

    private static FakeTwsMessage Compose(JsonElement message, FakeTwsRequest request, int serverVersion, long now)
    {
        string Get(string name) => Substitute(ValueText(message.GetProperty(name)), request, serverVersion, now);
        string Optional(JsonElement source, string name) =>
            source.TryGetProperty(name, out var value) ? Substitute(ValueText(value), request, serverVersion, now) : string.Empty;
        var type = message.GetProperty("type").GetString();
        return type switch
        {
            "MARKET_DATA_TYPE" => new(58, ["1", Get("reqId"), Get("marketDataType")]),
            "TICK_REQ_PARAMS" => new(81, [Get("reqId"), Get("minTick"), Get("bboExchange"), Get("snapshotPermissions")]),
            "TICK_PRICE" => new(1, [FakeTwsMessages.TickMessageVersion, Get("reqId"), Get("tickType"), Get("price"), Get("size"), Get("attrMask")]),
            "TICK_SIZE" => new(2, [FakeTwsMessages.TickMessageVersion, Get("reqId"), Get("tickType"), Get("size")]),
            "TICK_STRING" => new(46, [FakeTwsMessages.TickMessageVersion, Get("reqId"), Get("tickType"), Get("value")]),
            "TICK_GENERIC" => new(45, [FakeTwsMessages.TickMessageVersion, Get("reqId"), Get("tickType"), Get("value")]),
            "TICK_OPTION_COMPUTATION" => new(21,
            [
                Get("reqId"), Get("tickType"), Get("tickAttrib"), Get("impliedVol"), Get("delta"), Get("optPrice"),
                Get("pvDividend"), Get("gamma"), Get("vega"), Get("theta"), Get("undPrice"),
            ]),
            "ERR_MSG" => FakeTwsMessages.Error(
                int.Parse(Get("id"), CultureInfo.InvariantCulture), int.Parse(Get("code"), CultureInfo.InvariantCulture), Get("message"), serverVersion),
            "ORDER_STATUS" => new(3,
            [
                Get("orderId"), Get("status"), Get("filled"), Get("remaining"), Get("avgFillPrice"), Get("permId"),
                Get("parentId"), Get("lastFillPrice"), Get("clientId"), Get("whyHeld"), Get("mktCapPrice"),
            ]),
            "CONTRACT_DATA" => ContractData(message, Get("reqId"), serverVersion),
            "CONTRACT_DATA_END" => new(52, ["1", Get("reqId")]),
            "SECURITY_DEFINITION_OPTION_PARAMETER" => new(75,
            [
                Get("reqId"), Get("exchange"), Get("underlyingConId"), Get("tradingClass"), Get("multiplier"),
                .. Counted(message.GetProperty("expirations")), .. Counted(message.GetProperty("strikes")),
            ]),
            "SECURITY_DEFINITION_OPTION_PARAMETER_END" => new(76, [Get("reqId")]),
            "HISTORICAL_DATA" => HistoricalData(message, Get("reqId"), serverVersion),
            "HISTORICAL_DATA_END" => new(108, [Get("reqId"), Get("startDate"), Get("endDate")]),
            "POSITION_DATA" => Position(message, Get("account")),
            "POSITION_END" => new(62, ["1"]),
            "NEXT_VALID_ID" => new(9, ["1", Get("orderId")]),
            "EXECUTION_DATA" => FakeTwsMessages.ExecutionData(
                int.Parse(Get("reqId"), CultureInfo.InvariantCulture),
                int.Parse(Get("orderId"), CultureInfo.InvariantCulture),
                int.Parse(Get("conId"), CultureInfo.InvariantCulture),
                Get("symbol"),
                Get("secType"),
                Get("execId"),
                Get("side"),
                Get("shares"),
                Get("price"),
                long.Parse(Get("permId"), CultureInfo.InvariantCulture),
                int.Parse(Get("clientId"), CultureInfo.InvariantCulture),
                Optional(message, "account") is { Length: > 0 } account ? account : "DU1234567",
                Optional(message, "orderRef")),
            _ => throw new InvalidDataException($"the fake TWS cannot compose a '{type}' message"),
        };
    }

    private static FakeTwsMessage ContractData(JsonElement message, string requestId, int serverVersion)
    {
        var contract = message.GetProperty("contract");
        var details = message.GetProperty("details");
        string C(string name) => contract.TryGetProperty(name, out var value) ? ValueText(value) : string.Empty;
        string D(string name) => details.TryGetProperty(name, out var value) ? ValueText(value) : string.Empty;
        var fields = new List<string> { requestId, C("symbol"), C("secType"), C("lastTradeDateOrContractMonth") };
        if (serverVersion >= 182)
        {
            fields.Add(C("lastTradeDate"));
        }

        fields.AddRange([
            C("strike"), C("right"), C("exchange"), C("currency"), C("localSymbol"), D("marketName"), C("tradingClass"),
            C("conId"), D("minTick"), C("multiplier"), D("orderTypes"), D("validExchanges"), D("priceMagnifier"),
            D("underConId"), D("longName"), C("primaryExch"), D("contractMonth"), D("industry"), D("category"),
            D("subcategory"), D("timeZoneId"), D("tradingHours"), D("liquidHours"), D("evRule"), D("evMultiplier"),
        ]);
        var securityIds = details.TryGetProperty("secIdList", out var list) ? list.EnumerateArray().ToList() : [];
        fields.Add(securityIds.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var securityId in securityIds)
        {
            fields.Add(ValueText(securityId.GetProperty("tag")));
            fields.Add(ValueText(securityId.GetProperty("value")));
        }

        fields.AddRange([
            D("aggGroup"), D("underSymbol"), D("underSecType"), D("marketRuleIds"), D("realExpirationDate"), D("stockType"),
            D("minSize"), D("sizeIncrement"), D("suggestedSizeIncrement"),
        ]);
        if (serverVersion >= 186)
        {
            var reasons = details.TryGetProperty("ineligibilityReasons", out var reasonList) ? reasonList.EnumerateArray().ToList() : [];
            fields.Add(reasons.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var reason in reasons)
            {
                fields.Add(ValueText(reason.GetProperty("id")));
                fields.Add(ValueText(reason.GetProperty("description")));
            }
        }

        return new FakeTwsMessage(10, fields);
    }

    private static FakeTwsMessage HistoricalData(JsonElement message, string requestId, int serverVersion)
    {
        var fields = new List<string> { requestId };
        if (serverVersion < 196)
        {
            fields.Add(ValueText(message.GetProperty("startDate")));
            fields.Add(ValueText(message.GetProperty("endDate")));
        }

        var bars = message.GetProperty("bars").EnumerateArray().ToList();
        fields.Add(bars.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var bar in bars)
        {
            foreach (var name in new[] { "date", "open", "high", "low", "close", "volume", "wap", "barCount" })
            {
                fields.Add(ValueText(bar.GetProperty(name)));
            }
        }

        return new FakeTwsMessage(17, fields);
    }

    private static FakeTwsMessage Position(JsonElement message, string account)
    {
        var contract = message.GetProperty("contract");
        string C(string name) => contract.TryGetProperty(name, out var value) ? ValueText(value) : string.Empty;
        return new FakeTwsMessage(61,
        [
            "3", account, C("conId"), C("symbol"), C("secType"), C("lastTradeDateOrContractMonth"), C("strike"), C("right"),
            C("multiplier"), C("exchange"), C("currency"), C("localSymbol"), C("tradingClass"),
            ValueText(message.GetProperty("position")), ValueText(message.GetProperty("avgCost")),
        ]);
    }

    private static IEnumerable<string> Counted(JsonElement array)
    {
        var items = array.EnumerateArray().Select(ValueText).ToList();
        return [items.Count.ToString(CultureInfo.InvariantCulture), .. items];
    }

    /// <summary>JSON value as wire text: strings verbatim, numbers in shortest invariant form (6561.0 → 6561).</summary>
    private static string ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "1",
        JsonValueKind.False => "0",
        JsonValueKind.Null => string.Empty,
        _ => throw new InvalidDataException($"a script value must be text or a number, not {value.ValueKind}"),
    };

    private static string Substitute(string template, FakeTwsRequest request, int serverVersion, long now)
        => Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (name == "now")
            {
                return now.ToString(CultureInfo.InvariantCulture);
            }

            return request.Field(name, serverVersion)
                ?? throw new InvalidDataException($"script placeholder ${{{name}}} is not a field of {request.Name}");
        });

    [GeneratedRegex(@"\$\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
