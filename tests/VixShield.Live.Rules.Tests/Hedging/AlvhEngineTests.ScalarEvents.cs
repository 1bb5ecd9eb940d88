using VixShield.Live.Rules.Scalar;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>The scalar is recomputed on every evaluation and reported when it moves by the threshold.</summary>
public sealed partial class AlvhEngineTests
{
    private static readonly double CalmScalar = 0.5 + (0.3 * Math.Clamp(((20.0 / 22.0) - 0.9) / 0.2, 0, 1));

    [Fact]
    public void Evaluate_FirstEvaluation_ReportsTheScalarWithItsInputs()
    {
        var sut = Engine(Shipped("signal-layers"));

        sut.Evaluate(At(10, 0), Signals(), Market(), null);

        var changed = Assert.IsType<ScalarChanged>(Assert.Single(Drain(sut)));
        Assert.True(double.IsNaN(changed.Previous));
        Assert.Equal(CalmScalar, changed.Current, precision: 12);
        Assert.Null(changed.LayerId);
        Assert.Equal("hedge.scalar.changed", changed.Type);
        Assert.StartsWith("signal-layers: scalar first computed: scalar 0.514 = clamp(0.5 + 0.5 x RSI stress 0 (RSI 50)", changed.Reason, StringComparison.Ordinal);
        Assert.Contains(changed.Values, value => value.Name == "termStructureRatio" && Math.Abs(value.Number - (20.0 / 22.0)) < 1e-12);
    }

    [Theory]
    [InlineData(54, false)]
    [InlineData(60.2, true)]
    [InlineData(40, true)]
    [InlineData(90, true)]
    public void Evaluate_ScalarMoves_ReportedOnlyFromTheThreshold(double rsi, bool reported)
    {
        var sut = Engine(Shipped("signal-layers"));
        sut.Evaluate(At(10, 0), Signals(), Market(), null);
        Drain(sut);

        sut.Evaluate(At(10, 5), Signals(rsi5m: rsi), Market(), null);

        var changed = Drain(sut).OfType<ScalarChanged>().ToList();
        Assert.Equal(reported, changed.Count == 1);
        if (reported)
        {
            Assert.Equal(CalmScalar, changed[0].Previous, precision: 12);
            Assert.Equal(CalmScalar + (0.5 * Math.Abs(rsi - 50) / 50), changed[0].Current, precision: 12);
            Assert.Contains("scalar moved from 0.514 by +", changed[0].Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_SmallMovesAddUp_ReportedAgainstTheLastReportedValue()
    {
        var sut = Engine(Shipped("signal-layers"));
        sut.Evaluate(At(10, 0), Signals(), Market(), null);
        Drain(sut);

        sut.Evaluate(At(10, 5), Signals(rsi5m: 55), Market(), null);
        var first = Drain(sut);
        sut.Evaluate(At(10, 10), Signals(rsi5m: 60), Market(), null);
        var second = Drain(sut);

        Assert.Empty(first);
        Assert.Equal(CalmScalar, Assert.IsType<ScalarChanged>(Assert.Single(second)).Previous, precision: 12);
    }
}
