using System.Globalization;
using NodaTime.Text;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>Reads the TA-Lib oracle files in Golden/ and pairs each with the shared series it was computed from.</summary>
public static class TaLibGoldenFile
{
    public const string Spx = "talib_spx_daily_yahoo_1990_2023_last250.csv";

    public const string Vix = "talib_vix_daily_cboe_1990_2026_last250.csv";

    public static TheoryData<string> Files => [Spx, Vix];

    /// <summary>The whole input series the file was computed from.</summary>
    public static IReadOnlyList<Bar> InputsOf(string file) => file == Spx ? Series.SpxDaily : Series.VixDaily;

    public static IReadOnlyDictionary<NodaTime.LocalDate, TaLibGoldenRow> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", file);
        var rows = new Dictionary<NodaTime.LocalDate, TaLibGoldenRow>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (++lineNumber == 1)
            {
                Assert.Equal("date,EMA12,EMA26,MACD,MACDSignal,MACDHist,RSI14", line);
                continue;
            }

            var cells = line.Split(',');
            var date = LocalDatePattern.Iso.Parse(cells[0]).GetValueOrThrow();
            rows.Add(date, new TaLibGoldenRow(date, Cell(cells[1]), Cell(cells[2]), Cell(cells[3]), Cell(cells[4]), Cell(cells[5]), Cell(cells[6])));
        }

        Assert.Equal(250, rows.Count);
        return rows;
    }

    /// <summary>Feeds <paramref name="bars"/> to <paramref name="update"/> and hands each golden row to
    /// <paramref name="check"/> right after its bar; returns how many rows were checked.</summary>
    public static int Replay(string file, Action<Bar> update, Action<TaLibGoldenRow> check)
    {
        var golden = Load(file);
        var checkedRows = 0;
        foreach (var bar in InputsOf(file))
        {
            update(bar);
            if (golden.TryGetValue(bar.TradeDate, out var row))
            {
                check(row);
                checkedRows++;
            }
        }

        return checkedRows;
    }

    private static double Cell(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
