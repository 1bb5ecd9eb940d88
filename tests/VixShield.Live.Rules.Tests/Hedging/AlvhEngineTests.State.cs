using System.Text;
using System.Text.Json;
using VixShield.Live.Abstractions.State.Json;
using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Rules.Risk;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>Capture and restore: an engine restored from its state through JSON decides exactly as if never stopped.</summary>
public sealed partial class AlvhEngineTests
{
    [Theory]
    [InlineData("signal-layers", 101, 3)]
    [InlineData("signal-layers", 101, 50)]
    [InlineData("ladder-442", 202, 2)]
    public void RestoreState_CapturedMidRunThroughJson_DecidesLikeTheUninterruptedEngine(string ruleset, int seed, int stopAt)
    {
        var events = EconomicCalendar.Load(Testing.RepositoryPaths.Path("config", "economic-calendar.csv"));
        var uninterrupted = new Walk(seed);
        var expected = uninterrupted.Run(Engine(Shipped(ruleset), events), 600);

        var walk = new Walk(seed);
        var first = Engine(Shipped(ruleset), events);
        var before = walk.Run(first, stopAt);
        var json = JsonSerializer.Serialize(first.CaptureState(), StateJson.Options);
        var sut = Engine(Shipped(ruleset), events);
        var notes = sut.RestoreState(JsonSerializer.Deserialize<AlvhEngineState>(json, StateJson.Options)!);
        var after = walk.Run(sut, 600 - stopAt);

        Assert.Empty(notes);
        Assert.Contains("hedge.layer.opened", after, StringComparison.Ordinal);
        Assert.Equal(expected, before + after);
        Assert.Equal(JsonSerializer.Serialize(uninterrupted.Final!.CaptureState(), StateJson.Options), JsonSerializer.Serialize(sut.CaptureState(), StateJson.Options));
    }

    [Fact]
    public void RestoreState_HoldingInALayerTheRulesetNoLongerHas_RefusedNamingTheLayer()
    {
        var saved = Engine(Shipped("signal-layers")).CaptureState();
        var holding = new HedgeLayerHoldingState(VixCall(), At(16, 15), 2, 1.5m, 1.6m, At(10, 0), double.NaN, false, 0.0);
        var orphan = saved with { Layers = [.. saved.Layers, new HedgeLayerSlotState("L9", true, null, default, RiskLimitKind.None, holding)] };

        var error = Assert.Throws<InvalidDataException>(() => Engine(Shipped("signal-layers")).RestoreState(orphan));

        Assert.Contains("layer L9, which the ruleset no longer defines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RestoreState_StateOfAnotherRuleset_Refused()
    {
        var saved = Engine(Shipped("ladder-442")).CaptureState();

        var error = Assert.Throws<InvalidDataException>(() => Engine(Shipped("signal-layers")).RestoreState(saved));

        Assert.Contains("'ladder-442', not 'signal-layers'", error.Message, StringComparison.Ordinal);
    }

    private static Domain.Orders.Instrument VixCall() =>
        Domain.Orders.Instrument.VixOption(new NodaTime.LocalDate(2026, 4, 15), Domain.Pricing.OptionRight.Call, 22m);

    /// <summary>The determinism test's random market walk, resumable: the same seed gives the same steps whether they are
    /// played in one run or split across two engines.</summary>
    private sealed class Walk(int seed)
    {
        private readonly Random random = new(seed);
        private NodaTime.Instant now = At(9, 30);
        private double spxSigmas;
        private double vix = 20.0;

        public AlvhEngine? Final { get; private set; }

        public string Run(AlvhEngine sut, int steps)
        {
            Final = sut;
            var log = new StringBuilder();
            var condor = Condor(quantity: 5);
            for (var step = 0; step < steps; step++)
            {
                now += NodaTime.Duration.FromMinutes(10);
                spxSigmas = Math.Clamp(spxSigmas + ((random.NextDouble() - 0.5) * 0.5), -2.5, 2.5);
                vix = Math.Clamp(vix + ((random.NextDouble() - 0.5) * 2), 12, 50);
                var signals = Signals(rsi5m: random.NextDouble() * 100, macdBearish: random.NextDouble() < 0.5, adDivergenceDays: random.Next(0, 14), vixMacdCrossUp: random.NextDouble() < 0.2);
                var market = Market(spx: 5750m + (decimal)Math.Round(spxSigmas * 50, 2), vix: (decimal)Math.Round(vix, 2));
                sut.Evaluate(now, in signals, in market, condor);
                foreach (var decision in Drain(sut))
                {
                    log.Append(decision.Type).Append('|').Append(decision.Time).Append('|').Append(decision.Reason).Append('|')
                        .AppendJoin(",", decision.Values.Select(value => value.Name + "=" + value.FormatValue())).Append('|')
                        .AppendJoin(",", decision.Orders.Select(order => order.ClientOrderId + " " + order)).AppendLine();
                }
            }

            return log.ToString();
        }
    }
}
