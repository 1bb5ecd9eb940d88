using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Indicators.Signals;
using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Rules.Rulesets;
using VixShield.Live.Testing;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>Builders for ALVH engine scenarios: rulesets, signals, market levels and condors with one obvious default each.</summary>
internal static class AlvhTestBed
{
    public static readonly NyseTradingCalendar Calendar = new();

    public static readonly PricingOptions Pricing = new();

    public static readonly VixOptionModel Model = new(Pricing);

    /// <summary>Tuesday 2026-03-03, no scheduled release nearby in the test calendars.</summary>
    public static Instant At(int hour, int minute, int day = 3, int month = 3) => Some.NewYork(2026, month, day, hour, minute);

    public static string RulesetFolder => RepositoryPaths.Path("config", "rulesets");

    public static Ruleset Shipped(string name) => RulesetLoader.Load(RulesetFolder, name);

    /// <summary>A ruleset whose sections are defaults unless given; <paramref name="layers"/> is the JSON array body.</summary>
    public static Ruleset Custom(
        string layers,
        string? riskLimits = null,
        string? monetization = null,
        string? blackout = null,
        string? scalar = null,
        string? resize = null)
    {
        var sections = new List<string> { "\"name\": \"test\"" };
        if (scalar is not null)
        {
            sections.Add("\"scalar\": " + scalar);
        }

        if (blackout is not null)
        {
            sections.Add("\"blackout\": " + blackout);
        }

        if (riskLimits is not null)
        {
            sections.Add("\"riskLimits\": " + riskLimits);
        }

        if (monetization is not null)
        {
            sections.Add("\"monetization\": " + monetization);
        }

        if (resize is not null)
        {
            sections.Add("\"resize\": " + resize);
        }

        sections.Add("\"layers\": [" + layers + "]");
        return RulesetLoader.Parse("{" + string.Join(",", sections) + "}", "test.json");
    }

    /// <summary>A VIX-call layer, 15% out of the money, first monthly expiry 30-65 days out.</summary>
    public static string Layer(string id, string open, decimal budgetPercent = 1m, int otmPercent = 15, string expiry = "") =>
        $$"""
        { "id": "{{id}}", "open": "{{open}}",
          "instrument": { "type": "vix-call", "otmPercent": {{otmPercent}}, "minDaysToExpiry": 30, "maxDaysToExpiry": 65 },
          "budgetPercentOfCapital": {{budgetPercent.ToString(System.Globalization.CultureInfo.InvariantCulture)}} {{(expiry.Length == 0 ? string.Empty : ", \"expiry\": " + expiry)}} }
        """;

    public static AlvhEngine Engine(Ruleset ruleset, EconomicCalendar? events = null, decimal capitalDollars = 100_000m) =>
        new(ruleset, events ?? EconomicCalendar.Empty, Calendar, Model, capitalDollars);

    public static MarketSignalSnapshot Signals(
        double? rsi5m = 50,
        double? rsiDaily = 50,
        bool macdBearish = false,
        double? macdHistogram = null,
        int adDivergenceDays = 0,
        bool vixMacdCrossUp = false,
        bool weeklyWarning = false) => new()
        {
            RsiFiveMinute = rsi5m,
            RsiDaily = rsiDaily,
            IsMacdBearish = macdBearish,
            MacdHistogramDaily = macdHistogram,
            AdvanceDeclineDivergenceDays = adDivergenceDays,
            IsAdvanceDeclineDivergence = adDivergenceDays >= 10,
            IsVixMacdCrossUp = vixMacdCrossUp,
            IsWeeklyMacdWarning = weeklyWarning,
        };

    public static HedgeMarket Market(decimal spx = 5750m, decimal vix = 20m, decimal? vix3m = 22m, decimal? vix6m = 23m) =>
        new(spx, vix, Vix3m: vix3m, Vix6m: vix6m);

    /// <summary>A 5-wide condor on 5700/5800 shorts entered at SPX 5750 with sigma 50 points: max loss 4.50 points per condor.</summary>
    public static CondorContext Condor(int quantity = 10, decimal costToClose = 0.50m, double sigma = 50.0, Instant? entry = null, LocalDate? expiry = null) =>
        new(
            new IronCondor(expiry ?? new LocalDate(2026, 3, 4), 5695m, 5700m, 5800m, 5805m, quantity, 0.50m),
            entry ?? At(15, 30, day: 3),
            5750m,
            sigma,
            costToClose);

    /// <summary>SPX after a move of <paramref name="sigmas"/> toward the short put (down) with sigma 50.</summary>
    public static decimal SpxDown(double sigmas) => 5750m - (decimal)(sigmas * 50.0);

    public static List<HedgeDecision> Drain(AlvhEngine engine)
    {
        var decisions = new List<HedgeDecision>();
        while (engine.TryDequeueDecision(out var decision))
        {
            decisions.Add(decision);
        }

        return decisions;
    }

    /// <summary>Evaluates and drains, dropping scalar reports (tests that look at layers).</summary>
    public static List<HedgeDecision> Step(AlvhEngine engine, Instant now, MarketSignalSnapshot signals, HedgeMarket market, CondorContext? condor)
    {
        engine.Evaluate(now, in signals, in market, in condor);
        return Drain(engine).Where(decision => decision is not VixShield.Live.Rules.Scalar.ScalarChanged).ToList();
    }
}
