using NodaTime;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Reports.Comparison;

namespace VixShield.Live.Reports.Tests.Comparison;

public class ComparisonAlertCollectorTests
{
    private static readonly Instant Close = Instant.FromUtc(2022, 3, 2, 21, 0);

    private static Alert Comparison(params AlertValue[] extra) => new(
        7,
        "comparison.daily",
        AlertSeverity.Info,
        Close,
        "SPX",
        "condor expired",
        [
            AlertValue.Of("expiry", "2022-03-02"),
            AlertValue.Of("spx_close", 4386.54m),
            AlertValue.Of("credit", 0.45m),
            AlertValue.Of("settlement_value", 0m),
            AlertValue.Of("hold_to_expiry_pnl", 0.45m),
            AlertValue.Of("hold_to_expiry_max_drawdown", 0.30m),
            AlertValue.Of("hold_to_expiry_stopped", false),
            AlertValue.Of("stop_1x_pnl", -0.55m),
            AlertValue.Of("stop_1x_max_drawdown", 1.00m),
            AlertValue.Of("stop_1x_stopped", true),
            .. extra,
        ]);

    private static Alert Proposal() => new(
        5,
        "condor.proposed",
        AlertSeverity.Info,
        Close - Duration.FromDays(1),
        "SPX",
        "open condor",
        [
            AlertValue.Of("expiry", "2022-03-02"),
            AlertValue.Of("long_put", 4225m),
            AlertValue.Of("short_put", 4230m),
            AlertValue.Of("short_call", 4430m),
            AlertValue.Of("long_call", 4435m),
            AlertValue.Of("spx", 4306.26m),
        ]);

    [Fact]
    public void Add_ComparisonAlert_ReadsEveryArmInDollarsForTheQuantity()
    {
        var sut = new ComparisonAlertCollector(dollarsPerPoint: 200m); // two condors

        Assert.True(sut.Add(Comparison()));

        var day = Assert.Single(sut.Days);
        Assert.Equal(new LocalDate(2022, 3, 2), day.Expiry);
        Assert.Equal(4386.54m, day.SpxClose);
        Assert.Equal(0.45m, day.Credit);
        Assert.Equal(new ArmDay("hold_to_expiry", 90m, 60m, false, 0, 0m), day.Arms[0]);
        Assert.Equal(new ArmDay("stop_1x", -110m, 200m, true, 0, 0m), day.Arms[1]);
    }

    [Fact]
    public void Add_AlvhValues_BecomeAHedgedArmWithLayersAndHedgeCost()
    {
        var sut = new ComparisonAlertCollector(100m);

        sut.Add(Comparison(
            AlertValue.Of("alvh_signal_layers_pnl", 0.20m),
            AlertValue.Of("alvh_signal_layers_max_drawdown", 0.10m),
            AlertValue.Of("alvh_signal_layers_hedge_cost", 0.25m),
            AlertValue.Of("alvh_signal_layers_layers_opened", 2L)));

        Assert.Equal(new ArmDay("alvh_signal_layers", 20m, 10m, false, 2, 25m), sut.Days[0].Find("alvh_signal_layers"));
    }

    [Fact]
    public void Add_ProposalThenComparison_JoinsTheStrikes()
    {
        var sut = new ComparisonAlertCollector(100m);

        Assert.False(sut.Add(Proposal()));
        sut.Add(Comparison());

        Assert.Equal(new CondorStrikes(4225m, 4230m, 4430m, 4435m, 4306.26m), sut.Days[0].Strikes);
    }

    [Fact]
    public void Add_SkippedAndUnsettledAndOtherAlerts_CountedOrIgnored()
    {
        var sut = new ComparisonAlertCollector(100m);

        sut.Add(new Alert(1, "condor.skipped", AlertSeverity.Warning, Close, "SPX", "no condor for 2022-03-01: no VIX", []));
        sut.Add(new Alert(2, "condor.unsettled", AlertSeverity.Critical, Close, "SPX", "no close", []));
        sut.Add(new Alert(3, "session.close", AlertSeverity.Info, Close, null, "closed", []));

        Assert.Equal(["no condor for 2022-03-01: no VIX"], sut.SkippedEntries);
        Assert.Equal(1, sut.UnsettledCount);
        Assert.Empty(sut.Days);
    }

    [Fact]
    public void Add_ComparisonWithoutSpxClose_ThrowsNamingTheValue()
    {
        var sut = new ComparisonAlertCollector(100m);
        var broken = Comparison() with { Values = [.. Comparison().Values.Where(v => v.Name != "spx_close")] };

        var error = Assert.Throws<InvalidDataException>(() => sut.Add(broken));

        Assert.Contains("spx_close", error.Message, StringComparison.Ordinal);
        Assert.Contains("#7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NonPositiveDollarsPerPoint_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComparisonAlertCollector(0m));
    }
}
