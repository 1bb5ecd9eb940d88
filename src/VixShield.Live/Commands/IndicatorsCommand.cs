using System.CommandLine;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Indicators.Bars;
using VixShield.Live.Indicators.Reports;

namespace VixShield.Live.Commands;

/// <summary><c>vixshield indicators</c>: the daemon's indicators over a bar file, as CSV, for checking against a chart.</summary>
internal static class IndicatorsCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Bar file (CBOE, Yahoo, investing.com, TradingView or FirstRate layout).", Required = true };
        var format = new Option<string?>("--format") { Description = "cboe, yahoo, investing, tradingview, firstrate or csv (default: detected from the header)." };
        var timeframe = new Option<string?>("--timeframe") { Description = "daily (default) or weekly (ISO weeks built from the daily bars)." };
        var symbol = new Option<string?>("--symbol") { Description = "Symbol of the file (SPX, VIX, ...); default: inferred from the file name." };
        var advancing = new Option<string?>("--adv") { Description = "NYSE advancing issues file: adds the A/D line and divergence-day columns (needs --decl)." };
        var declining = new Option<string?>("--decl") { Description = "NYSE declining issues file (needs --adv)." };
        var badRows = new Option<string?>("--bad-rows") { Description = "stop (default: the first bad row is an error) or skip (skip bad rows, e.g. CBOE prints on NYSE holidays, and report how many on standard error)." };
        var command = new Command("indicators", "Print EMA, MACD, RSI (and the A/D line) for every bar of a file as CSV on standard output.")
        {
            input, format, timeframe, symbol, advancing, declining, badRows,
        };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var output = parseResult.InvocationConfiguration.Output;
            if (!TryFormat(parseResult.GetValue(format), out var layout))
            {
                error.WriteLine($"error: --format '{parseResult.GetValue(format)}' is not one of: cboe, yahoo, investing, tradingview, firstrate, csv");
                return 2;
            }

            var frame = parseResult.GetValue(timeframe) ?? "daily";
            if (frame is not ("daily" or "weekly"))
            {
                error.WriteLine($"error: --timeframe '{frame}' is not one of: daily, weekly");
                return 2;
            }

            MarketSymbol? parsedSymbol = null;
            if (parseResult.GetValue(symbol) is { } name)
            {
                if (!MarketSymbols.TryParse(name, out parsedSymbol))
                {
                    error.WriteLine($"error: --symbol '{name}' is not one of: {MarketSymbols.AllowedNames}");
                    return 2;
                }
            }

            var policyText = parseResult.GetValue(badRows) ?? "stop";
            if (policyText is not ("stop" or "skip"))
            {
                error.WriteLine($"error: --bad-rows '{policyText}' is not one of: stop, skip");
                return 2;
            }

            var policy = policyText == "skip" ? BadRowPolicy.Skip : BadRowPolicy.Stop;
            var adv = parseResult.GetValue(advancing);
            var decl = parseResult.GetValue(declining);
            if ((adv is null) != (decl is null))
            {
                error.WriteLine("error: --adv and --decl go together: give both files or neither");
                return 2;
            }

            try
            {
                var calendar = new NyseTradingCalendar();
                var bars = Read(parseResult.GetValue(input)!, parsedSymbol, layout, calendar, policy, error);
                IReadOnlyList<Bar> series = frame == "weekly" ? WeeklyBars.FromDaily(bars) : bars;
                var advancingBars = adv is null ? null : Read(adv, MarketSymbol.NyseAdvancing, BarFileFormat.Auto, calendar, policy, error);
                var decliningBars = decl is null ? null : Read(decl, MarketSymbol.NyseDeclining, BarFileFormat.Auto, calendar, policy, error);
                IndicatorReport.WriteCsv(output, series, advancingBars, decliningBars);
                return 0;
            }
            catch (ReplayDataException ex)
            {
                error.WriteLine("error: " + ex.Message + " (--bad-rows skip skips such rows and reports how many)");
                return 2;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                error.WriteLine("error: " + ex.Message);
                return 2;
            }
        });
        return command;
    }

    private static IReadOnlyList<Bar> Read(string path, MarketSymbol? symbol, BarFileFormat format, ITradingCalendar calendar, BadRowPolicy policy, TextWriter error)
    {
        if (!File.Exists(path))
        {
            throw new IOException($"the bar file '{path}' does not exist");
        }

        var series = BarFileReader.Read(path, new BarFileReadOptions { Symbol = symbol, Format = format, BadRowPolicy = policy, Calendar = calendar });
        if (series.Problems.Count > 0)
        {
            error.WriteLine($"{path}: skipped {series.Problems.Count} bad row(s); first: {series.Problems[0]}");
        }

        return series.Bars;
    }

    private static bool TryFormat(string? text, out BarFileFormat format)
    {
        format = (text ?? "auto").ToLowerInvariant() switch
        {
            "auto" => BarFileFormat.Auto,
            "cboe" => BarFileFormat.Cboe,
            "yahoo" => BarFileFormat.Yahoo,
            "investing" or "investingcom" => BarFileFormat.InvestingCom,
            "tradingview" => BarFileFormat.TradingView,
            "firstrate" => BarFileFormat.FirstRate,
            "csv" or "ticks" => BarFileFormat.Ticks,
            _ => (BarFileFormat)255,
        };
        return Enum.IsDefined(format);
    }
}
