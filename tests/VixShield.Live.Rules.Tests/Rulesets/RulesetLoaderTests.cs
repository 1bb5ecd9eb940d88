using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Rules.Rulesets;
using VixShield.Live.Testing;

namespace VixShield.Live.Rules.Tests.Rulesets;

public sealed class RulesetLoaderTests
{
    private const string Source = "rules.json";

    private const string ValidJson = """
        {
          "name": "rules",
          "scalar": { "baseline": 0.5, "cap": 2.0, "weights": { "rsiDistance": 0.5 } },
          "blackout": { "events": ["fomc", "cpi"], "allowWhen": "macd_bearish && ad_divergence_days >= 10" },
          "riskLimits": { "maxLayers": 3, "maxTotalPremiumPercentOfCapital": 3.0, "maxPremiumToCondorMaxLoss": 1.0 },
          "monetization": { "valueMultipleOfCost": 2.0, "sellFraction": 0.5, "closeInProfitWithinSigma": 0.25, "armedAfterMoveSigma": 0.5 },
          "orders": { "limitOffset": 0.05, "tickSize": 0.05 },
          "resize": { "enabled": false, "minimumChangeFraction": 0.5 },
          "layers": [
            { "id": "L1", "name": "first", "open": "move_sigma >= 0.5 && rsi5m > 70",
              "instrument": { "type": "vix-call", "otmPercent": 15, "minDaysToExpiry": 30, "maxDaysToExpiry": 65 },
              "budgetPercentOfCapital": 1.0, "expiry": { "action": "close", "daysToExpiryBelow": 7 } },
            { "id": "L2", "name": "second", "open": "l1_open && move_sigma >= 1.0",
              "instrument": { "type": "vix-call", "targetDelta": 0.5, "minDaysToExpiry": 30, "maxDaysToExpiry": 65 },
              "contracts": 4 }
          ]
        }
        """;

    /// <summary>A replacement in <see cref="ValidJson"/> and a fragment every resulting problem list must contain.</summary>
    public static TheoryData<string, string, string> BrokenRulesets => new()
    {
        { "\"budgetPercentOfCapital\": 1.0,", "\"budget\": 1.0,", "rules.json: layers[0].budget is not a known key; allowed keys here: id, name, open, instrument, budgetPercentOfCapital, contracts, expiry" },
        { "\"budgetPercentOfCapital\": 1.0,", "\"budgetPercentOfCapital\": 150,", "rules.json: layers[0].budgetPercentOfCapital is 150; allowed: a number more than 0 and at most 100 (percent of capital)" },
        { "\"budgetPercentOfCapital\": 1.0,", "\"budgetPercentOfCapital\": \"1%\",", "layers[0].budgetPercentOfCapital is '1%' (text); allowed: a number" },
        { "\"budgetPercentOfCapital\": 1.0,", "", "rules.json: layers[0] layer 'L1' sets neither budgetPercentOfCapital and contracts; allowed: exactly one of them" },
        { "\"contracts\": 4", "\"contracts\": 4, \"budgetPercentOfCapital\": 1", "layer 'L2' sets both budgetPercentOfCapital and contracts" },
        { "\"contracts\": 4", "\"contracts\": 0", "layers[1].contracts is 0; allowed: a whole number from 1 to 1000" },
        { "\"id\": \"L2\"", "\"id\": \"L1\"", "layers[1].id is 'L1', which an earlier layer already uses" },
        { "\"id\": \"L2\"", "\"id\": \"L 2\"", "layers[1].id is 'L 2'; allowed: 1 to 16 letters, digits, - or _" },
        { "\"id\": \"L2\", ", "", "layers[1].id is missing" },
        { "\"otmPercent\": 15,", "\"otmPercent\": 15, \"targetDelta\": 0.3,", "layers[0].instrument sets both otmPercent and targetDelta" },
        { "\"otmPercent\": 15,", "", "layers[0].instrument sets neither otmPercent and targetDelta" },
        { "\"targetDelta\": 0.5,", "\"targetDelta\": 1.5,", "layers[1].instrument.targetDelta is 1.5; allowed: a number from 0.01 to 0.99" },
        { "\"otmPercent\": 15, \"minDaysToExpiry\": 30, \"maxDaysToExpiry\": 65", "\"otmPercent\": 15, \"minDaysToExpiry\": 30, \"maxDaysToExpiry\": 45", "layers[0].instrument.maxDaysToExpiry is 45, a 15-day band from minDaysToExpiry 30; allowed: at least 65" },
        { "\"otmPercent\": 15, \"minDaysToExpiry\": 30, \"maxDaysToExpiry\": 65", "\"otmPercent\": 15, \"minDaysToExpiry\": 30, \"maxDaysToExpiry\": 20", "layers[0].instrument.maxDaysToExpiry is 20; allowed: at least minDaysToExpiry (30)" },
        { "\"otmPercent\": 15, \"minDaysToExpiry\": 30,", "\"otmPercent\": 15,", "layers[0].instrument.minDaysToExpiry is missing; allowed: a whole number from 0 to 400" },
        { "\"type\": \"vix-call\", \"otmPercent\": 15", "\"type\": \"vix-put\", \"otmPercent\": 15", "layers[0].instrument.type is 'vix-put'; allowed: vix-call, vix-future, etp" },
        { "\"type\": \"vix-call\", \"otmPercent\": 15, \"minDaysToExpiry\": 30, \"maxDaysToExpiry\": 65", "\"type\": \"vix-future\", \"monthsOut\": 4", "layers[0].instrument type vix-future (4 month(s) out) is recognised but this engine cannot price or budget VIX futures" },
        { "\"type\": \"vix-call\", \"otmPercent\": 15, \"minDaysToExpiry\": 30, \"maxDaysToExpiry\": 65", "\"type\": \"vix-future\", \"monthsOut\": 12", "layers[0].instrument.monthsOut is 12; allowed: a whole number from 1 to 9" },
        { "\"type\": \"vix-call\", \"otmPercent\": 15, \"minDaysToExpiry\": 30, \"maxDaysToExpiry\": 65", "\"type\": \"etp\", \"ticker\": \"VXX\"", "layers[0].instrument type etp (VXX) is recognised but this engine cannot price ETP shares" },
        { "\"type\": \"vix-call\", \"otmPercent\": 15, \"minDaysToExpiry\": 30, \"maxDaysToExpiry\": 65", "\"type\": \"etp\", \"ticker\": \"SPY\"", "layers[0].instrument.ticker is 'SPY'; allowed: VXX, UVXY, VIXY, VIXM, VXZ, UVIX" },
        { "\"action\": \"close\"", "\"action\": \"expire\"", "layers[0].expiry.action is 'expire'; allowed: settle, close, roll" },
        { "\"daysToExpiryBelow\": 7", "\"daysToExpiryBelow\": 31", "layers[0].expiry.daysToExpiryBelow is 31; allowed: at most the instrument's minDaysToExpiry (30)" },
        { ", \"daysToExpiryBelow\": 7", "", "layers[0].expiry.daysToExpiryBelow is missing; allowed: a whole number of days from 1 to 400 (close when fewer days remain)" },
        { "\"open\": \"move_sigma >= 0.5 && rsi5m > 70\"", "\"open\": \"move_sigma >= 0.5 && rsi_5m > 70\"", "rules.json: layer 'L1' (layers[0].open) condition \"move_sigma >= 0.5 && rsi_5m > 70\": unknown signal 'rsi_5m'; did you mean 'rsi5m'? at column 22. Known signals: move_sigma, abs_move_sigma" },
        { "\"open\": \"move_sigma >= 0.5 && rsi5m > 70\"", "\"open\": \"macd_bearish >= 0.5\"", "layer 'L1' (layers[0].open) condition \"macd_bearish >= 0.5\": type mismatch: 'macd_bearish' is a flag (true/false) but '0.5' is a number" },
        { "\"open\": \"move_sigma >= 0.5 && rsi5m > 70\"", "\"open\": \"move_sigma => 0.5\"", "condition \"move_sigma => 0.5\": '=>' is not an operator; did you mean >=? at column 12" },
        { "\"open\": \"l1_open && move_sigma >= 1.0\"", "\"open\": \"l2_open && move_sigma >= 1.0\"", "layer 'L2' (layers[1].open) condition \"l2_open && move_sigma >= 1.0\": layer 2's condition names layer 2" },
        { "\"open\": \"move_sigma >= 0.5 && rsi5m > 70\"", "\"open\": 3", "layers[0].open is 3; allowed: a non-empty text" },
        { "\"allowWhen\": \"macd_bearish && ad_divergence_days >= 10\"", "\"allowWhen\": \"macd_bearish && ad_divergence_dayz >= 10\"", "the blackout exception (blackout.allowWhen) condition \"macd_bearish && ad_divergence_dayz >= 10\": unknown signal 'ad_divergence_dayz'" },
        { "\"allowWhen\": \"macd_bearish && ad_divergence_days >= 10\"", "\"allowWhen\": 10", "blackout.allowWhen is 10; allowed: a condition text, or null for no exception" },
        { "\"events\": [\"fomc\", \"cpi\"]", "\"events\": [\"fomc\", \"nfp\"]", "blackout.events[1] is 'nfp' (text); allowed: fomc, cpi, ppi" },
        { "\"cap\": 2.0", "\"cap\": 0", "scalar.cap is 0; allowed: a number more than 0 and at most 10" },
        { "\"baseline\": 0.5", "\"baseline\": 2.5", "scalar.baseline is 2.5; allowed: a number from 0 to the cap" },
        { "\"rsiDistance\": 0.5", "\"rsiDistance\": -1", "scalar.weights.rsiDistance is -1; allowed: a number from 0 to 10" },
        { "\"rsiDistance\": 0.5", "\"rsiDistanse\": 0.5", "scalar.weights.rsiDistanse is not a known key; allowed keys here: rsiDistance, macdHistogram, advanceDeclineDivergence, termStructure" },
        { "\"maxLayers\": 3", "\"maxLayers\": 0", "riskLimits.maxLayers is 0; allowed: a whole number from 1 to 8" },
        { "\"maxTotalPremiumPercentOfCapital\": 3.0", "\"maxTotalPremiumPercentOfCapital\": 0", "riskLimits.maxTotalPremiumPercentOfCapital is 0; allowed: a number more than 0 and at most 100 (percent)" },
        { "\"maxPremiumToCondorMaxLoss\": 1.0", "\"maxPremiumToCondorMaxLoss\": 11", "riskLimits.maxPremiumToCondorMaxLoss is 11; allowed: a number more than 0 and at most 10" },
        { "\"sellFraction\": 0.5", "\"sellFraction\": 1.5", "monetization.sellFraction is 1.5; allowed: a number more than 0 and at most 1" },
        { "\"valueMultipleOfCost\": 2.0", "\"valueMultipleOfCost\": 1", "monetization.valueMultipleOfCost is 1; allowed: a number more than 1 and at most 100" },
        { "\"armedAfterMoveSigma\": 0.5", "\"armedAfterMoveSigma\": 0.2", "monetization.armedAfterMoveSigma is 0.2; allowed: more than closeInProfitWithinSigma (0.25)" },
        { "\"tickSize\": 0.05", "\"tickSize\": 0", "orders.tickSize is 0; allowed: a number more than 0 and at most 1 point" },
        { "\"enabled\": false", "\"enabled\": \"no\"", "resize.enabled is 'no' (text); allowed: true or false" },
        { "\"name\": \"rules\",", "\"name\": \"rules\", \"preset\": \"A\",", "rules.json: preset is not a known key; allowed keys here: name, description, scalar, blackout, riskLimits, monetization, orders, resize, layers" },
        { "\"name\": \"rules\",", "\"name\": \"my rules\",", "rules.json: name is 'my rules'; allowed: 1 to 64 characters from letters, digits, - and _" },
        { "\"scalar\": { \"baseline\"", "\"scalar\": 2, \"x\": { \"baseline\"", "rules.json: scalar is 2; allowed: an object" },
    };

    [Theory]
    [InlineData("signal-layers")]
    [InlineData("ladder-442")]
    public void Validate_ShippedRuleset_HasNoProblems(string name)
    {
        var problems = RulesetLoader.Validate(RepositoryPaths.Path("config", "rulesets"), name);

        Assert.Empty(problems);
    }

    [Fact]
    public void Load_SignalLayers_IsPresetAFromTheSpec()
    {
        var sut = RulesetLoader.Load(RepositoryPaths.Path("config", "rulesets"), "signal-layers");

        Assert.Equal("signal-layers", sut.Name);
        Assert.Equal(["L1", "L2", "L3"], sut.Layers.Select(layer => layer.Id));
        Assert.Equal([1m, 1m, 0.5m], sut.Layers.Select(layer => layer.BudgetPercentOfCapital!.Value));
        Assert.Equal([15m, 30m, 50m], sut.Layers.Select(layer => layer.Instrument.OutOfTheMoneyPercent!.Value));
        Assert.All(sut.Layers, layer => Assert.Equal(HedgeInstrumentKind.VixCall, layer.Instrument.Kind));
        Assert.Equal(3, sut.RiskLimits.MaxLayers);
        Assert.Equal(3m, sut.RiskLimits.MaxTotalPremiumPercentOfCapital);
        Assert.Equal(1m, sut.RiskLimits.MaxPremiumToCondorMaxLoss);
        Assert.Equal(2.0, sut.Scalar.Cap);
        Assert.Equal(2m, sut.Monetization.ValueMultipleOfCost);
        Assert.Equal(0.5m, sut.Monetization.SellFraction);
        Assert.Equal(0.25, sut.Monetization.CloseInProfitWithinSigma);
        Assert.Equal([EconomicEventKind.Fomc, EconomicEventKind.Cpi, EconomicEventKind.Ppi], sut.Blackout.Events);
        Assert.NotNull(sut.Blackout.AllowWhen);
        Assert.False(sut.Resize.Enabled);
    }

    [Fact]
    public void Load_Ladder442_IsPresetBFromTheSpec()
    {
        var sut = RulesetLoader.Load(RepositoryPaths.Path("config", "rulesets"), "ladder-442");

        Assert.Equal([4, 4, 2], sut.Layers.Select(layer => layer.Contracts!.Value));
        Assert.All(sut.Layers, layer => Assert.Equal(0.5, layer.Instrument.TargetDelta));
        Assert.All(sut.Layers, layer => Assert.Equal(ExpiryAction.Roll, layer.Expiry.Action));
        Assert.Equal([2, 30, 90], sut.Layers.Select(layer => layer.Expiry.DaysToExpiryBelow));
        Assert.Equal([20, 95, 200], sut.Layers.Select(layer => layer.Instrument.MinimumDaysToExpiry));
        Assert.True(sut.Resize.Enabled);
        Assert.Null(sut.Monetization.CloseInProfitWithinSigma);
    }

    [Fact]
    public void Parse_ValidJson_CompilesConditionsAndSections()
    {
        var sut = RulesetLoader.Parse(ValidJson, Source, "rules");

        Assert.Equal(2, sut.Layers.Count);
        Assert.Equal(4, sut.Layers[1].Contracts);
        Assert.Equal(0.5, sut.Layers[1].Instrument.TargetDelta);
        Assert.Equal(new ExpiryRule(ExpiryAction.Close, 7), sut.Layers[0].Expiry);
        Assert.Equal(ExpiryRule.Settle, sut.Layers[1].Expiry);
        Assert.Equal([EconomicEventKind.Fomc, EconomicEventKind.Cpi], sut.Blackout.Events);
        Assert.Equal("move_sigma >= 0.5 && rsi5m > 70", sut.Layers[0].Open.Text);
    }

    [Fact]
    public void Parse_OnlyLayers_UsesDefaultsForEverySection()
    {
        var sut = RulesetLoader.Parse("""
            { "name": "minimal", "layers": [ { "id": "L1", "open": "condor_open", "contracts": 1,
              "instrument": { "type": "vix-call", "otmPercent": 10, "minDaysToExpiry": 30, "maxDaysToExpiry": 65 } } ] }
            """, Source);

        Assert.Equal(RulesetDefaults.ScalarCap, sut.Scalar.Cap);
        Assert.Equal(RulesetDefaults.MaxLayers, sut.RiskLimits.MaxLayers);
        Assert.Equal(3, sut.Blackout.Events.Count);
        Assert.Equal("macd_bearish && ad_divergence", sut.Blackout.AllowWhen!.Text);
        Assert.Equal(RulesetDefaults.CloseInProfitWithinSigma, sut.Monetization.CloseInProfitWithinSigma);
        Assert.False(sut.Resize.Enabled);
        Assert.Equal("L1", sut.Layers[0].Name);
    }

    [Fact]
    public void Parse_NullExceptionAndReturnRule_DisablesThem()
    {
        var json = ValidJson
            .Replace("\"allowWhen\": \"macd_bearish && ad_divergence_days >= 10\"", "\"allowWhen\": null", StringComparison.Ordinal)
            .Replace("\"closeInProfitWithinSigma\": 0.25", "\"closeInProfitWithinSigma\": null", StringComparison.Ordinal);

        var sut = RulesetLoader.Parse(json, Source);

        Assert.Null(sut.Blackout.AllowWhen);
        Assert.Null(sut.Monetization.CloseInProfitWithinSigma);
    }

    [Theory]
    [MemberData(nameof(BrokenRulesets))]
    public void Parse_BrokenRuleset_ThrowsWithProblemNamingFileFieldAndAllowed(string find, string replace, string expected)
    {
        Assert.Contains(find, ValidJson, StringComparison.Ordinal);
        var json = ValidJson.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<RulesetException>(() => RulesetLoader.Parse(json, Source));

        Assert.Contains(error.Problems, problem => problem.Contains(expected, StringComparison.Ordinal));
        Assert.All(error.Problems, problem => Assert.StartsWith(Source + ":", problem, StringComparison.Ordinal));
        Assert.Equal(Source, error.RulesetFile);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsThemAll()
    {
        var json = ValidJson
            .Replace("\"maxLayers\": 3", "\"maxLayers\": 0", StringComparison.Ordinal)
            .Replace("\"sellFraction\": 0.5", "\"sellFraction\": 2", StringComparison.Ordinal)
            .Replace("rsi5m > 70", "rsi > 70", StringComparison.Ordinal);

        var error = Assert.Throws<RulesetException>(() => RulesetLoader.Parse(json, Source));

        Assert.Equal(3, error.Problems.Count);
        Assert.StartsWith("Ruleset rules.json has 3 problems:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"name\": \"x\", ", "not valid JSON (line 1")]
    [InlineData("[1, 2]", "rules.json: $ the file holds an array of 2; allowed: a JSON object")]
    [InlineData("{ \"name\": \"x\" }", "rules.json: layers is missing; allowed: an array of 1 to 8 layers")]
    [InlineData("{ \"name\": \"x\", \"layers\": [] }", "rules.json: layers is an array of 0; allowed: an array of 1 to 8 layers")]
    [InlineData("{ \"name\": \"x\", \"layers\": [ 5 ] }", "rules.json: layers[0] is 5; allowed: an object")]
    public void Parse_MalformedDocument_Throws(string json, string expected)
    {
        var error = Assert.Throws<RulesetException>(() => RulesetLoader.Parse(json, Source));

        Assert.Contains(error.Problems, problem => problem.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAllowed()
    {
        var json = "// a comment\n" + ValidJson.Replace("\"contracts\": 4", "\"contracts\": 4, // four\n", StringComparison.Ordinal);

        var sut = RulesetLoader.Parse(json, Source);

        Assert.Equal(2, sut.Layers.Count);
    }

    [Fact]
    public void Load_MissingFile_ThrowsListingAvailableRulesets()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "other.json"), ValidJson.Replace("\"rules\"", "\"other\"", StringComparison.Ordinal));

        var error = Assert.Throws<RulesetException>(() => RulesetLoader.Load(folder.Path, "rules"));

        Assert.Contains("rules.json: no such ruleset file", error.Message, StringComparison.Ordinal);
        Assert.Contains("no such ruleset file; available in that folder: other", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message.IndexOf(folder.Path, StringComparison.Ordinal), error.Message.LastIndexOf(folder.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NameDiffersFromFileName_Throws()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "renamed.json"), ValidJson);

        var problems = RulesetLoader.Validate(folder.Path, "renamed");

        var problem = Assert.Single(problems);
        Assert.Contains("renamed.json: name is 'rules' but the file is renamed.json; allowed: the file name without .json ('renamed')", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../secrets")]
    [InlineData("")]
    [InlineData("a b")]
    public void Validate_InvalidName_ReportsTheNamingRule(string name)
    {
        var problems = RulesetLoader.Validate(RepositoryPaths.Path("config", "rulesets"), name);

        Assert.Contains(problems, problem => problem.Contains($"ruleset name '{name}' is not valid; allowed: {RulesetLoader.NameRule}", StringComparison.Ordinal));
    }

    [Fact]
    public void Available_ShippedFolder_ListsBothPresets()
    {
        var names = RulesetLoader.Available(RepositoryPaths.Path("config", "rulesets"));

        Assert.Equal(["ladder-442", "signal-layers"], names);
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public TemporaryFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vixshield-rules-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
