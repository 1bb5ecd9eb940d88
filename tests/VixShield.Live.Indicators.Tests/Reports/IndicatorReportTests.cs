using System.Globalization;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Averages;
using VixShield.Live.Indicators.Momentum;
using VixShield.Live.Indicators.Reports;
using VixShield.Live.Indicators.Tests.Support;

namespace VixShield.Live.Indicators.Tests.Reports;

public sealed class IndicatorReportTests
{
    [Fact]
    public void WriteCsv_FortyBars_HeaderAndEmptyCellsUntilEachIndicatorIsReady()
    {
        var closes = Enumerable.Range(0, 40).Select(i => 100.0 + ((i * 7) % 11) + (i * 0.25)).ToArray();
        var bars = Some.DailySeries(MarketSymbol.Spx, closes);

        var rows = Rows(bars);

        Assert.Equal("date,close,ema12,ema26,macd,signal,hist,rsi14", rows[0]);
        Assert.Equal(41, rows.Length);
        Assert.Equal("2024-01-01,100,,,,,,", rows[1]);
        var cells = rows.Skip(1).Select(row => row.Split(',')).ToArray();
        for (var i = 0; i < bars.Length; i++)
        {
            Assert.Equal(8, cells[i].Length);
            Assert.Equal(i >= 11, cells[i][2].Length > 0);
            Assert.Equal(i >= 25, cells[i][3].Length > 0);
            Assert.Equal(i >= 33, cells[i][4].Length > 0);
            Assert.Equal(i >= 33, cells[i][6].Length > 0);
            Assert.Equal(i >= 14, cells[i][7].Length > 0);
        }
    }

    [Fact]
    public void WriteCsv_SpxDaily_CellsRoundTripToTheIndicatorValuesBitForBit()
    {
        var bars = Series.SpxDaily.Take(400).ToArray();
        var ema12 = new ExponentialMovingAverage(12);
        var ema26 = new ExponentialMovingAverage(26);
        var macd = new MovingAverageConvergenceDivergence();
        var rsi = new RelativeStrengthIndex();

        var rows = Rows(bars);

        for (var i = 0; i < bars.Length; i++)
        {
            ema12.Update(bars[i]);
            ema26.Update(bars[i]);
            macd.Update(bars[i]);
            rsi.Update(bars[i]);
            var cells = rows[i + 1].Split(',');
            Assert.Equal(bars[i].TradeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cells[0]);
            Assert.Equal(bars[i].Close, decimal.Parse(cells[1], CultureInfo.InvariantCulture));
            Numbers.AssertBitEqual(
                [ema12.Current, ema26.Current, macd.Current, macd.Signal, macd.Histogram, rsi.Current],
                [.. cells.Skip(2).Select(Parse)],
                $"row {i}");
        }
    }

    [Fact]
    public void WriteCsv_WithBreadth_AdColumnsOnlyOnDaysWithBothCounts()
    {
        var bars = Some.DailySeries(MarketSymbol.Spx, [100, 101, 102]);
        Bar[] advancing = [Some.Daily(MarketSymbol.NyseAdvancing, 0, 2000), Some.Daily(MarketSymbol.NyseAdvancing, 1, 500), Some.Daily(MarketSymbol.NyseAdvancing, 2, 1500)];
        Bar[] declining = [Some.Daily(MarketSymbol.NyseDeclining, 0, 1000), Some.Daily(MarketSymbol.NyseDeclining, 2, 1000)];
        var output = new StringWriter();

        IndicatorReport.WriteCsv(output, bars, advancing, declining);

        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,close,ema12,ema26,macd,signal,hist,rsi14,ad_line,ad_divergence_days", rows[0]);
        // day 0: 2000 - 1000 = 1000; day 1 has no declining count (skipped); day 2: 1000 + 1500 - 1000 = 1500
        Assert.Equal("2024-01-01,100,,,,,,,1000,", rows[1]);
        Assert.Equal("2024-01-02,101,,,,,,,,", rows[2]);
        Assert.Equal("2024-01-03,102,,,,,,,1500,", rows[3]);
    }

    [Fact]
    public void WriteCsv_SpxWithRealBreadth_DivergenceColumnFilledAfterLookback()
    {
        var bars = Series.SpxDaily.Where(b => b.TradeDate.Year == 2021).ToArray();
        var output = new StringWriter();

        IndicatorReport.WriteCsv(output, bars, Series.Advancing, Series.Declining);

        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToArray();
        Assert.Equal(bars.Length, rows.Length);
        Assert.All(rows, cells => Assert.Equal(10, cells.Length));
        Assert.Empty(rows[18][9]);
        Assert.NotEmpty(rows[19][9]);
        Assert.Contains(rows, cells => cells[9].Length > 0 && int.Parse(cells[9], CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void WriteCsv_OnlyAdvancing_Throws()
    {
        var bars = Some.DailySeries(MarketSymbol.Spx, [100]);

        var error = Assert.Throws<ArgumentException>(() => IndicatorReport.WriteCsv(new StringWriter(), bars, advancing: bars));

        Assert.Equal("declining", error.ParamName);
    }

    [Fact]
    public void WriteCsv_BarsOutOfOrder_ThrowsNamingPositionAndDates()
    {
        Bar[] bars = [Some.Daily(MarketSymbol.Spx, 1, 100), Some.Daily(MarketSymbol.Spx, 0, 100)];

        var error = Assert.Throws<ArgumentException>(() => IndicatorReport.WriteCsv(new StringWriter(), bars));

        Assert.Contains("Bar 1 (2024-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("previous bar (2024-01-02", error.Message, StringComparison.Ordinal);
    }

    private static string[] Rows(IReadOnlyList<Bar> bars)
    {
        var output = new StringWriter();
        IndicatorReport.WriteCsv(output, bars);
        var text = output.ToString();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text.TrimEnd('\n').Split('\n');
    }

    private static double? Parse(string cell) => cell.Length == 0 ? null : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
