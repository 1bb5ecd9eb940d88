using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.Tests.Reliability;

/// <summary>Thousands of seeded random and mutated CSV files through <see cref="BarFileReader"/> and
/// <see cref="TickFileReader"/>, under both bad-row policies: the only exception allowed out is the documented
/// <see cref="ReplayDataException"/>, and whatever is accepted must be usable (positive prices, ordered times).</summary>
public sealed class ReplayReaderFuzzTests
{
    private const int FilesPerSeed = 2500;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_MutatedFilesInEveryLayout_OnlyReplayDataExceptionEscapes(int seed)
    {
        var random = new Random(seed);
        var mutator = new CsvMutator(random);
        var failures = new List<string>();
        var outcomes = new int[2];

        for (var i = 0; i < FilesPerSeed && failures.Count < 5; i++)
        {
            var (name, text) = mutator.Next();
            var policy = random.Next(2) == 0 ? BadRowPolicy.Stop : BadRowPolicy.Skip;
            var asTicks = name == "tape.csv" || random.Next(8) == 0;
            try
            {
                if (asTicks)
                {
                    CheckTicks(TickFileReader.Read(new StringReader(text), name, policy));
                }
                else
                {
                    CheckBars(BarFileReader.Read(new StringReader(text), name, new BarFileReadOptions { BadRowPolicy = policy }));
                }

                outcomes[0]++;
            }
            catch (ReplayDataException exception)
            {
                Assert.False(string.IsNullOrWhiteSpace(exception.Message));
                outcomes[1]++;
            }
            catch (Exception exception)
            {
                failures.Add($"seed {seed} file {i} '{name}' ({policy}, {(asTicks ? "ticks" : "bars")}): {exception.GetType().Name}: {exception.Message}"
                    + Environment.NewLine + "    " + Escape(text));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.All(outcomes, count => Assert.True(count > FilesPerSeed / 20, $"seed {seed}: read {outcomes[0]}, refused {outcomes[1]}"));
    }

    private static void CheckBars(BarSeries series)
    {
        for (var i = 0; i < series.Bars.Count; i++)
        {
            var bar = series.Bars[i];
            Assert.True(bar.Low <= bar.Open && bar.Open <= bar.High && bar.Low <= bar.Close && bar.Close <= bar.High, $"{series.FilePath}: bar {i} {bar}");
            Assert.True(series.Symbol.IsBreadth() ? bar.Low >= 0m : bar.Low > 0m, $"{series.FilePath}: bar {i} {bar}");
            Assert.True(bar.Start <= bar.End, $"{series.FilePath}: bar {i} {bar}");
            if (i > 0)
            {
                Assert.True(series.Bars[i - 1].Start < bar.Start, $"{series.FilePath}: bars {i - 1} and {i} out of order");
            }
        }

        Assert.Equal(series.DataRowCount, series.Bars.Count + series.Problems.Count);
    }

    private static void CheckTicks(TickSeries series)
    {
        for (var i = 0; i < series.Quotes.Count; i++)
        {
            var quote = series.Quotes[i];
            Assert.True(quote.Bid >= 0m && quote.Ask >= 0m, $"{series.FilePath}: quote {i} {quote}");
            Assert.True(quote.Symbol.IsBreadth() ? quote.Last >= 0m : quote.Last > 0m || (quote.Bid > 0m && quote.Ask > 0m), $"{series.FilePath}: quote {i} {quote}");
            if (i > 0)
            {
                Assert.True(series.Quotes[i - 1].EventTime <= quote.EventTime, $"{series.FilePath}: quotes {i - 1} and {i} out of order");
            }
        }

        Assert.Equal(series.DataRowCount, series.Quotes.Count + series.Problems.Count);
    }

    private static string Escape(string text)
    {
        var shown = text.Length > 600 ? text[..600] + "..." : text;
        return shown.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
    }
}
