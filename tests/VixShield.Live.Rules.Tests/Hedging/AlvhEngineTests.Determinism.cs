using System.Text;
using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Hedging;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>The same inputs in the same order give the same decisions, byte for byte.</summary>
public sealed partial class AlvhEngineTests
{
    [Theory]
    [InlineData("signal-layers", 101)]
    [InlineData("ladder-442", 202)]
    public void Evaluate_SameInputsTwice_SameDecisionLog(string ruleset, int seed)
    {
        var events = EconomicCalendar.Load(Testing.RepositoryPaths.Path("config", "economic-calendar.csv"));

        var first = Run(Engine(Shipped(ruleset), events), seed);
        var second = Run(Engine(Shipped(ruleset), events), seed);

        Assert.Equal(first, second);
        Assert.Contains("hedge.layer.opened", first, StringComparison.Ordinal);
        Assert.Contains("hedge.scalar.changed", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("signal-layers", 303)]
    [InlineData("ladder-442", 404)]
    public void OnSessionOpen_EveryMorning_LeavesTheDecisionLogUnchanged(string ruleset, int seed)
    {
        var events = EconomicCalendar.Load(Testing.RepositoryPaths.Path("config", "economic-calendar.csv"));

        var expected = Run(Engine(Shipped(ruleset), events), seed);
        var actual = Run(Engine(Shipped(ruleset), events), seed, openSessions: true);

        Assert.Equal(expected, actual);
        Assert.Contains("hedge.layer.opened", expected, StringComparison.Ordinal);
    }

    /// <param name="openSessions">Calls <see cref="AlvhEngine.OnSessionOpen"/> at 09:30 of each day before its first evaluation.</param>
    private static string Run(AlvhEngine sut, int seed, bool openSessions = false)
    {
        var opened = default(NodaTime.LocalDate);
        var random = new Random(seed);
        var log = new StringBuilder();
        var now = At(9, 30);
        var spxSigmas = 0.0;
        var vix = 20.0;
        var condor = Condor(quantity: 5);
        for (var step = 0; step < 600; step++)
        {
            now += NodaTime.Duration.FromMinutes(10);
            spxSigmas = Math.Clamp(spxSigmas + ((random.NextDouble() - 0.5) * 0.5), -2.5, 2.5);
            vix = Math.Clamp(vix + ((random.NextDouble() - 0.5) * 2), 12, 50);
            var signals = Signals(rsi5m: random.NextDouble() * 100, macdBearish: random.NextDouble() < 0.5, adDivergenceDays: random.Next(0, 14), vixMacdCrossUp: random.NextDouble() < 0.2);
            var market = Market(spx: 5750m + (decimal)Math.Round(spxSigmas * 50, 2), vix: (decimal)Math.Round(vix, 2));
            var local = now.InZone(Calendar.Zone);
            if (openSessions && local.Date != opened && local.TimeOfDay >= new NodaTime.LocalTime(9, 30))
            {
                opened = local.Date;
                sut.OnSessionOpen(opened.At(new NodaTime.LocalTime(9, 30)).InZoneStrictly(Calendar.Zone).ToInstant());
            }

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
