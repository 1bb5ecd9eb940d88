using System.Globalization;
using System.Text.Json;
using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Conditions;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Rules.Risk;
using VixShield.Live.Rules.Scalar;

namespace VixShield.Live.Rules.Rulesets;

/// <summary>Reads, validates and compiles ruleset files (<c>config/rulesets/&lt;name&gt;.json</c>), selected by name.</summary>
/// <remarks>
/// <para>The file is JSON with comments and trailing commas allowed. Every section but <c>layers</c> may be left out
/// (defaults: <see cref="RulesetDefaults"/>); unknown keys are errors, so a typo never silently falls back to a
/// default. Conditions are compiled here, once (<see cref="ConditionParser"/>).</para>
/// <para>All problems are collected, not just the first; each names the file, the JSON path, the value and what is
/// allowed, and a condition problem also names the layer, the condition text and the known signals.</para>
/// </remarks>
public static class RulesetLoader
{
    public const string NameRule = "1 to 64 characters from letters, digits, - and _ (the ruleset file name without .json)";

    /// <summary>Monthly VIX expiries are 28 or 35 days apart (36 when a holiday moves one back a day), so a DTE band
    /// this wide always holds one.</summary>
    public const int MinimumExpiryBandDays = 35;

    private const string VixCallType = "vix-call";
    private const string VixFutureType = "vix-future";
    private const string EtpType = "etp";

    private static readonly string[] KnownEtps = ["VXX", "UVXY", "VIXY", "VIXM", "VXZ", "UVIX"];

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 64 && name.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Loads <c>&lt;folder&gt;/&lt;name&gt;.json</c>.</summary>
    /// <exception cref="RulesetException">The name is invalid, the file is missing, or it has any problem.</exception>
    public static Ruleset Load(string folder, string name)
    {
        var (ruleset, problems, path) = Read(folder, name);
        return ruleset ?? throw new RulesetException(path, problems);
    }

    /// <summary>Every problem of <c>&lt;folder&gt;/&lt;name&gt;.json</c>; empty when it loads.</summary>
    public static IReadOnlyList<string> Validate(string folder, string name) => Read(folder, name).Problems;

    /// <summary>Parses ruleset JSON; <paramref name="source"/> names it in messages.</summary>
    /// <param name="expectedName">When given, the file's <c>name</c> must equal it (the file name).</param>
    /// <exception cref="RulesetException">Any problem.</exception>
    public static Ruleset Parse(string json, string source, string? expectedName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<string>();
        var ruleset = Parse(json, source, expectedName, problems);
        return problems.Count == 0 ? ruleset! : throw new RulesetException(source, problems);
    }

    /// <summary>The ruleset names in <paramref name="folder"/>, sorted.</summary>
    public static IReadOnlyList<string> Available(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    private static (Ruleset? Ruleset, List<string> Problems, string Path) Read(string folder, string name)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var problems = new List<string>();
        if (!IsValidName(name))
        {
            problems.Add($"ruleset name '{name}' is not valid; allowed: {NameRule}");
            return (null, problems, folder);
        }

        var path = Path.Combine(folder, name + ".json");
        if (!File.Exists(path))
        {
            var available = Available(folder);
            problems.Add($"{Path.GetFullPath(path)}: no such ruleset file; available in that folder: "
                + (available.Count == 0 ? "none" : string.Join(", ", available)));
            return (null, problems, path);
        }

        var ruleset = Parse(File.ReadAllText(path), path, name, problems);
        return (problems.Count == 0 ? ruleset : null, problems, path);
    }

    private static Ruleset? Parse(string json, string source, string? expectedName, List<string> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            problems.Add($"{source}: not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}): {exception.Message}");
            return null;
        }

        using (document)
        {
            var reader = new Reader(source, problems);
            return reader.ReadRuleset(document.RootElement, expectedName);
        }
    }

    private sealed class Reader(string source, List<string> problems)
    {
        public Ruleset? ReadRuleset(JsonElement root, string? expectedName)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem("$", $"the file holds {Describe(root)}; allowed: a JSON object with name, layers and the optional sections");
                return null;
            }

            CheckKeys(root, string.Empty, "name", "description", "scalar", "blackout", "riskLimits", "monetization", "orders", "resize", "layers");
            var name = String(root, string.Empty, "name", required: expectedName is null) ?? expectedName ?? string.Empty;
            if (expectedName is not null && !string.Equals(name, expectedName, StringComparison.Ordinal))
            {
                Problem("name", $"is '{name}' but the file is {expectedName}.json; allowed: the file name without .json ('{expectedName}')");
            }

            if (expectedName is null && !IsValidName(name))
            {
                Problem("name", $"is '{name}'; allowed: {NameRule}");
            }

            var description = String(root, string.Empty, "description", required: false) ?? string.Empty;
            var layerCount = root.TryGetProperty("layers", out var layersElement) && layersElement.ValueKind == JsonValueKind.Array
                ? layersElement.GetArrayLength()
                : 0;
            var scalar = ReadScalar(root);
            var blackout = ReadBlackout(root, layerCount);
            var limits = ReadRiskLimits(root);
            var monetization = ReadMonetization(root);
            var orders = ReadOrders(root);
            var resize = ReadResize(root);
            var layers = ReadLayers(root);
            if (problems.Count > 0)
            {
                return null;
            }

            return new Ruleset
            {
                Name = name,
                Source = source,
                Description = description,
                Layers = layers,
                Scalar = scalar,
                Blackout = blackout,
                RiskLimits = limits,
                Monetization = monetization,
                Orders = orders,
                Resize = resize,
            };
        }

        private StressScalarSettings ReadScalar(JsonElement root)
        {
            if (!Section(root, "scalar", out var scalar))
            {
                return new StressScalarSettings();
            }

            const string path = "scalar";
            CheckKeys(scalar, path, "baseline", "cap", "changeThreshold", "weights", "advanceDeclineFullDays", "termStructureFloor", "termStructureFull");
            var cap = Number(scalar, path, "cap", RulesetDefaults.ScalarCap, 0, 10, "more than 0 and at most 10", minimumExclusive: true);
            var floor = Number(scalar, path, "termStructureFloor", RulesetDefaults.TermStructureFloor, 0.5, 1.5, "from 0.5 to 1.5");
            var settings = new StressScalarSettings
            {
                Cap = cap,
                Baseline = Number(scalar, path, "baseline", RulesetDefaults.ScalarBaseline, 0, cap, "from 0 to the cap"),
                ChangeThreshold = Number(scalar, path, "changeThreshold", RulesetDefaults.ScalarChangeThreshold, 0, cap, "more than 0 and at most the cap", minimumExclusive: true),
                AdvanceDeclineFullDays = Integer(scalar, path, "advanceDeclineFullDays", RulesetDefaults.AdvanceDeclineFullDays, 1, 250),
                TermStructureFloor = floor,
                TermStructureFull = Number(scalar, path, "termStructureFull", RulesetDefaults.TermStructureFull, floor, 3, "above termStructureFloor and at most 3", minimumExclusive: true),
            };
            if (Section(scalar, "weights", out var weights))
            {
                const string weightsPath = "scalar.weights";
                CheckKeys(weights, weightsPath, "rsiDistance", "macdHistogram", "advanceDeclineDivergence", "termStructure");
                settings = settings with
                {
                    RsiDistanceWeight = Number(weights, weightsPath, "rsiDistance", RulesetDefaults.RsiDistanceWeight, 0, 10, "from 0 to 10"),
                    MacdHistogramWeight = Number(weights, weightsPath, "macdHistogram", RulesetDefaults.MacdHistogramWeight, 0, 10, "from 0 to 10"),
                    AdvanceDeclineDivergenceWeight = Number(weights, weightsPath, "advanceDeclineDivergence", RulesetDefaults.AdvanceDeclineDivergenceWeight, 0, 10, "from 0 to 10"),
                    TermStructureWeight = Number(weights, weightsPath, "termStructure", RulesetDefaults.TermStructureWeight, 0, 10, "from 0 to 10"),
                };
            }

            return settings;
        }

        private BlackoutPolicy ReadBlackout(JsonElement root, int layerCount)
        {
            const string defaultException = "macd_bearish && ad_divergence";
            var scope = new ConditionScope(Math.Min(layerCount, HedgeSignalCatalog.MaximumLayers));
            if (!Section(root, "blackout", out var blackout))
            {
                return new BlackoutPolicy([EconomicEventKind.Fomc, EconomicEventKind.Cpi, EconomicEventKind.Ppi], ConditionParser.Parse(defaultException, scope));
            }

            const string path = "blackout";
            CheckKeys(blackout, path, "events", "allowWhen");
            var events = new List<EconomicEventKind>();
            if (blackout.TryGetProperty("events", out var eventsElement))
            {
                if (eventsElement.ValueKind != JsonValueKind.Array)
                {
                    Problem("blackout.events", $"is {Describe(eventsElement)}; allowed: an array of fomc, cpi, ppi (empty: no blackouts)");
                }
                else
                {
                    var index = 0;
                    foreach (var item in eventsElement.EnumerateArray())
                    {
                        var itemPath = string.Create(CultureInfo.InvariantCulture, $"blackout.events[{index++}]");
                        if (item.ValueKind != JsonValueKind.String || !EconomicCalendar.TryParseKind(item.GetString()!, out var kind))
                        {
                            Problem(itemPath, $"is {Describe(item)}; allowed: fomc, cpi, ppi");
                        }
                        else if (!events.Contains(kind))
                        {
                            events.Add(kind);
                        }
                    }
                }
            }
            else
            {
                events.AddRange([EconomicEventKind.Fomc, EconomicEventKind.Cpi, EconomicEventKind.Ppi]);
            }

            SignalCondition? allowWhen = null;
            if (!blackout.TryGetProperty("allowWhen", out var allowElement))
            {
                allowWhen = ConditionParser.Parse(defaultException, scope);
            }
            else if (allowElement.ValueKind == JsonValueKind.String)
            {
                allowWhen = Condition(allowElement.GetString()!, "blackout.allowWhen", "the blackout exception", scope);
            }
            else if (allowElement.ValueKind != JsonValueKind.Null)
            {
                Problem("blackout.allowWhen", $"is {Describe(allowElement)}; allowed: a condition text, or null for no exception");
            }

            return new BlackoutPolicy(events, allowWhen);
        }

        private RiskLimits ReadRiskLimits(JsonElement root)
        {
            if (!Section(root, "riskLimits", out var limits))
            {
                return new RiskLimits();
            }

            const string path = "riskLimits";
            CheckKeys(limits, path, "maxLayers", "maxTotalPremiumPercentOfCapital", "maxPremiumToCondorMaxLoss");
            return new RiskLimits
            {
                MaxLayers = Integer(limits, path, "maxLayers", RulesetDefaults.MaxLayers, 1, HedgeSignalCatalog.MaximumLayers),
                MaxTotalPremiumPercentOfCapital = Money(limits, path, "maxTotalPremiumPercentOfCapital", RulesetDefaults.MaxTotalPremiumPercentOfCapital, 0m, 100m, "more than 0 and at most 100 (percent)"),
                MaxPremiumToCondorMaxLoss = Money(limits, path, "maxPremiumToCondorMaxLoss", RulesetDefaults.MaxPremiumToCondorMaxLoss, 0m, 10m, "more than 0 and at most 10 (multiples of the condor's max loss)"),
            };
        }

        private MonetizationPolicy ReadMonetization(JsonElement root)
        {
            if (!Section(root, "monetization", out var monetization))
            {
                return new MonetizationPolicy();
            }

            const string path = "monetization";
            CheckKeys(monetization, path, "valueMultipleOfCost", "sellFraction", "closeInProfitWithinSigma", "armedAfterMoveSigma");
            double? within = RulesetDefaults.CloseInProfitWithinSigma;
            if (monetization.TryGetProperty("closeInProfitWithinSigma", out var withinElement) && withinElement.ValueKind == JsonValueKind.Null)
            {
                within = null;
            }
            else
            {
                within = Number(monetization, path, "closeInProfitWithinSigma", RulesetDefaults.CloseInProfitWithinSigma, 0, 10, "from 0 to 10 sigmas, or null to disable");
            }

            var armed = Number(monetization, path, "armedAfterMoveSigma", RulesetDefaults.ArmedAfterMoveSigma, 0, 10, "from 0 to 10 sigmas");
            if (within is { } threshold && armed <= threshold)
            {
                Problem("monetization.armedAfterMoveSigma", string.Create(
                    CultureInfo.InvariantCulture,
                    $"is {armed}; allowed: more than closeInProfitWithinSigma ({threshold}), or a layer would close as soon as it opens"));
            }

            return new MonetizationPolicy
            {
                ValueMultipleOfCost = Money(monetization, path, "valueMultipleOfCost", RulesetDefaults.ValueMultipleOfCost, 1m, 100m, "more than 1 and at most 100"),
                SellFraction = Money(monetization, path, "sellFraction", RulesetDefaults.SellFraction, 0m, 1m, "more than 0 and at most 1", maximumInclusive: true),
                CloseInProfitWithinSigma = within,
                ArmedAfterMoveSigma = armed,
            };
        }

        private OrderPricingPolicy ReadOrders(JsonElement root)
        {
            if (!Section(root, "orders", out var orders))
            {
                return new OrderPricingPolicy();
            }

            const string path = "orders";
            CheckKeys(orders, path, "limitOffset", "tickSize");
            return new OrderPricingPolicy
            {
                LimitOffset = Money(orders, path, "limitOffset", RulesetDefaults.LimitOffset, 0m, 5m, "from 0 to 5 points", minimumInclusive: true),
                TickSize = Money(orders, path, "tickSize", RulesetDefaults.TickSize, 0m, 1m, "more than 0 and at most 1 point"),
            };
        }

        private ResizePolicy ReadResize(JsonElement root)
        {
            if (!Section(root, "resize", out var resize))
            {
                return ResizePolicy.Disabled;
            }

            const string path = "resize";
            CheckKeys(resize, path, "enabled", "minimumChangeFraction");
            var enabled = false;
            if (resize.TryGetProperty("enabled", out var enabledElement))
            {
                if (enabledElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    enabled = enabledElement.GetBoolean();
                }
                else
                {
                    Problem("resize.enabled", $"is {Describe(enabledElement)}; allowed: true or false");
                }
            }

            return new ResizePolicy(enabled, Number(resize, path, "minimumChangeFraction", RulesetDefaults.ResizeMinimumChangeFraction, 0, 10, "more than 0 and at most 10", minimumExclusive: true));
        }

        private List<LayerRule> ReadLayers(JsonElement root)
        {
            var layers = new List<LayerRule>();
            if (!root.TryGetProperty("layers", out var array))
            {
                Problem("layers", "is missing; allowed: an array of 1 to " + HedgeSignalCatalog.MaximumLayers.ToString(CultureInfo.InvariantCulture) + " layers");
                return layers;
            }

            if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() is 0 or > HedgeSignalCatalog.MaximumLayers)
            {
                Problem("layers", $"is {Describe(array)}; allowed: an array of 1 to {HedgeSignalCatalog.MaximumLayers} layers");
                return layers;
            }

            var count = array.GetArrayLength();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var layer = ReadLayer(element, index, count, ids);
                if (layer is not null)
                {
                    layers.Add(layer);
                }

                index++;
            }

            return layers;
        }

        private LayerRule? ReadLayer(JsonElement element, int index, int count, HashSet<string> ids)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"layers[{index}]");
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problem(path, $"is {Describe(element)}; allowed: an object with id, open, instrument, a budget and expiry");
                return null;
            }

            var before = problems.Count;
            CheckKeys(element, path, "id", "name", "open", "instrument", "budgetPercentOfCapital", "contracts", "expiry");
            var id = String(element, path, "id", required: true) ?? string.Empty;
            if (id.Length > 0 && (id.Length > 16 || !id.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            {
                Problem(path + ".id", $"is '{id}'; allowed: 1 to 16 letters, digits, - or _ (it goes into order ids)");
            }
            else if (id.Length > 0 && !ids.Add(id))
            {
                Problem(path + ".id", $"is '{id}', which an earlier layer already uses; allowed: a unique id");
            }

            var label = id.Length > 0 ? $"layer '{id}'" : $"layer {index + 1}";
            var name = String(element, path, "name", required: false) ?? id;
            var openText = String(element, path, "open", required: true);
            var open = openText is null ? null : Condition(openText, path + ".open", label, new ConditionScope(count, index + 1));
            var instrument = ReadInstrument(element, path);
            decimal? budget = element.TryGetProperty("budgetPercentOfCapital", out _)
                ? Money(element, path, "budgetPercentOfCapital", 0m, 0m, 100m, "more than 0 and at most 100 (percent of capital)")
                : null;
            int? contracts = element.TryGetProperty("contracts", out _)
                ? Integer(element, path, "contracts", 0, 1, 1000)
                : null;
            if ((budget is null) == (contracts is null))
            {
                Problem(path, $"{label} sets {(budget is null ? "neither" : "both")} budgetPercentOfCapital and contracts; allowed: exactly one of them");
            }

            var expiry = ReadExpiry(element, path, instrument);
            if (problems.Count > before || open is null || instrument is null)
            {
                return null;
            }

            return new LayerRule
            {
                Number = index + 1,
                Id = id,
                Name = name,
                Open = open,
                Instrument = instrument,
                BudgetPercentOfCapital = budget,
                Contracts = contracts,
                Expiry = expiry,
            };
        }

        private HedgeInstrumentRule? ReadInstrument(JsonElement layer, string layerPath)
        {
            var path = layerPath + ".instrument";
            if (!layer.TryGetProperty("instrument", out var instrument))
            {
                Problem(path, $"is missing; allowed: an object with type {VixCallType}, {VixFutureType} or {EtpType}");
                return null;
            }

            if (instrument.ValueKind != JsonValueKind.Object)
            {
                Problem(path, $"is {Describe(instrument)}; allowed: an object with type {VixCallType}, {VixFutureType} or {EtpType}");
                return null;
            }

            var type = String(instrument, path, "type", required: true);
            switch (type)
            {
                case VixCallType:
                    return ReadVixCall(instrument, path);
                case VixFutureType:
                    CheckKeys(instrument, path, "type", "monthsOut");
                    var months = Integer(instrument, path, "monthsOut", 0, 1, 9);
                    Problem(path, string.Create(
                        CultureInfo.InvariantCulture,
                        $"type {VixFutureType} ({months} month(s) out) is recognised but this engine cannot price or budget VIX futures (no premium; margin-based sizing is not modelled); allowed now: {VixCallType}"));
                    return null;
                case EtpType:
                    CheckKeys(instrument, path, "type", "ticker");
                    var ticker = String(instrument, path, "ticker", required: true);
                    if (ticker is not null && !KnownEtps.Contains(ticker, StringComparer.Ordinal))
                    {
                        Problem(path + ".ticker", $"is '{ticker}'; allowed: {string.Join(", ", KnownEtps)}");
                    }

                    Problem(path, $"type {EtpType} ({ticker}) is recognised but this engine cannot price ETP shares (the market input carries no ETP quotes); allowed now: {VixCallType}");
                    return null;
                case null:
                    return null;
                default:
                    Problem(path + ".type", $"is '{type}'; allowed: {VixCallType}, {VixFutureType}, {EtpType}");
                    return null;
            }
        }

        private HedgeInstrumentRule? ReadVixCall(JsonElement instrument, string path)
        {
            var before = problems.Count;
            CheckKeys(instrument, path, "type", "otmPercent", "targetDelta", "minDaysToExpiry", "maxDaysToExpiry", "strikeIncrement");
            var hasOtm = instrument.TryGetProperty("otmPercent", out _);
            var hasDelta = instrument.TryGetProperty("targetDelta", out _);
            if (hasOtm == hasDelta)
            {
                Problem(path, $"sets {(hasOtm ? "both" : "neither")} otmPercent and targetDelta; allowed: exactly one (strike x% above the future, or the strike nearest a call delta)");
            }

            decimal? otm = hasOtm ? Money(instrument, path, "otmPercent", 0m, -50m, 300m, "from -50 to 300 (percent above the VIX future)", maximumInclusive: true, minimumInclusive: true) : null;
            double? delta = hasDelta ? Number(instrument, path, "targetDelta", 0.5, 0.01, 0.99, "from 0.01 to 0.99") : null;
            var minimum = Integer(instrument, path, "minDaysToExpiry", -1, 0, 400);
            var maximum = Integer(instrument, path, "maxDaysToExpiry", -1, 0, 400);
            if (problems.Count == before && maximum < minimum)
            {
                Problem(path + ".maxDaysToExpiry", string.Create(CultureInfo.InvariantCulture, $"is {maximum}; allowed: at least minDaysToExpiry ({minimum})"));
            }

            if (problems.Count == before && maximum - minimum < MinimumExpiryBandDays)
            {
                Problem(path + ".maxDaysToExpiry", string.Create(
                    CultureInfo.InvariantCulture,
                    $"is {maximum}, a {maximum - minimum}-day band from minDaysToExpiry {minimum}; allowed: at least {minimum + MinimumExpiryBandDays}, because monthly VIX expiries are up to {MinimumExpiryBandDays} days apart and a narrower band has no expiry on some days"));
            }

            var increment = Money(instrument, path, "strikeIncrement", RulesetDefaults.StrikeIncrement, 0m, 10m, "more than 0 and at most 10 VIX points");
            return problems.Count > before
                ? null
                : new HedgeInstrumentRule
                {
                    Kind = HedgeInstrumentKind.VixCall,
                    OutOfTheMoneyPercent = otm,
                    TargetDelta = delta,
                    MinimumDaysToExpiry = minimum,
                    MaximumDaysToExpiry = maximum,
                    StrikeIncrement = increment,
                };
        }

        private ExpiryRule ReadExpiry(JsonElement layer, string layerPath, HedgeInstrumentRule? instrument)
        {
            var path = layerPath + ".expiry";
            if (!Section(layer, "expiry", out var expiry, path))
            {
                return ExpiryRule.Settle;
            }

            CheckKeys(expiry, path, "action", "daysToExpiryBelow");
            var actionText = String(expiry, path, "action", required: true);
            ExpiryAction action;
            switch (actionText)
            {
                case "settle":
                    return ExpiryRule.Settle;
                case "close":
                    action = ExpiryAction.Close;
                    break;
                case "roll":
                    action = ExpiryAction.Roll;
                    break;
                case null:
                    return ExpiryRule.Settle;
                default:
                    Problem(path + ".action", $"is '{actionText}'; allowed: settle, close, roll");
                    return ExpiryRule.Settle;
            }

            if (!expiry.TryGetProperty("daysToExpiryBelow", out _))
            {
                Problem(path + ".daysToExpiryBelow", $"is missing; allowed: a whole number of days from 1 to 400 ({actionText} when fewer days remain)");
                return ExpiryRule.Settle;
            }

            var days = Integer(expiry, path, "daysToExpiryBelow", 0, 1, 400);
            if (instrument is not null && days > instrument.MinimumDaysToExpiry)
            {
                Problem(path + ".daysToExpiryBelow", string.Create(
                    CultureInfo.InvariantCulture,
                    $"is {days}; allowed: at most the instrument's minDaysToExpiry ({instrument.MinimumDaysToExpiry}), or the layer would {actionText} right after it is bought"));
            }

            return new ExpiryRule(action, days);
        }

        private SignalCondition? Condition(string text, string path, string label, ConditionScope scope)
        {
            try
            {
                return ConditionParser.Parse(text, scope);
            }
            catch (ConditionException exception)
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{source}: {label} ({path}) condition \"{text}\": {exception.Detail} at column {exception.Position + 1}. Known signals: {HedgeSignalCatalog.KnownNames}, layer_open(n)"));
                return null;
            }
        }

        private bool Section(JsonElement parent, string key, out JsonElement section, string? path = null)
        {
            section = default;
            if (!parent.TryGetProperty(key, out var element))
            {
                return false;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                Problem(path ?? key, $"is {Describe(element)}; allowed: an object");
                return false;
            }

            section = element;
            return true;
        }

        private void CheckKeys(JsonElement element, string path, params string[] allowed)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!allowed.Contains(property.Name, StringComparer.Ordinal))
                {
                    Problem(Join(path, property.Name), $"is not a known key; allowed keys here: {string.Join(", ", allowed)}");
                }
            }
        }

        private string? String(JsonElement element, string path, string key, bool required)
        {
            if (!element.TryGetProperty(key, out var value))
            {
                if (required)
                {
                    Problem(Join(path, key), "is missing; allowed: a non-empty text");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                Problem(Join(path, key), $"is {Describe(value)}; allowed: a non-empty text");
                return null;
            }

            return value.GetString();
        }

        private double Number(JsonElement element, string path, string key, double fallback, double minimum, double maximum, string allowed, bool minimumExclusive = false)
        {
            if (!element.TryGetProperty(key, out var value))
            {
                return fallback;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number)
                || number > maximum || number < minimum || (minimumExclusive && number <= minimum))
            {
                Problem(Join(path, key), $"is {Describe(value)}; allowed: a number {allowed}");
                return fallback;
            }

            return number;
        }

        private decimal Money(
            JsonElement element,
            string path,
            string key,
            decimal fallback,
            decimal minimum,
            decimal maximum,
            string allowed,
            bool maximumInclusive = true,
            bool minimumInclusive = false)
        {
            if (!element.TryGetProperty(key, out var value))
            {
                return fallback;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number)
                || (minimumInclusive ? number < minimum : number <= minimum) || (maximumInclusive ? number > maximum : number >= maximum))
            {
                Problem(Join(path, key), $"is {Describe(value)}; allowed: a number {allowed}");
                return fallback;
            }

            return number;
        }

        private int Integer(JsonElement element, string path, string key, int fallback, int minimum, int maximum)
        {
            if (!element.TryGetProperty(key, out var value))
            {
                if (fallback < minimum)
                {
                    Problem(Join(path, key), string.Create(CultureInfo.InvariantCulture, $"is missing; allowed: a whole number from {minimum} to {maximum}"));
                }

                return fallback;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < minimum || number > maximum)
            {
                Problem(Join(path, key), string.Create(CultureInfo.InvariantCulture, $"is {Describe(value)}; allowed: a whole number from {minimum} to {maximum}"));
                return fallback;
            }

            return number;
        }

        private void Problem(string path, string message) => problems.Add($"{source}: {path} {message}");

        private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => $"'{value.GetString()}' (text)",
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => "null",
            JsonValueKind.Array => string.Create(CultureInfo.InvariantCulture, $"an array of {value.GetArrayLength()}"),
            _ => "an object",
        };
    }
}
