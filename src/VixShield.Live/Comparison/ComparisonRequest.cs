using System.Globalization;
using NodaTime;
using NodaTime.Text;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Rules.Rulesets;

namespace VixShield.Live.Comparison;

/// <summary>A checked <c>vixshield compare</c> run: the files, the range, the rulesets, the size and where to write.</summary>
public sealed record ComparisonRequest
{
    public required IReadOnlyList<ComparisonInput> Inputs { get; init; }

    /// <summary>The first entry day counted, or null for the start of the data.</summary>
    public LocalDate? From { get; init; }

    /// <summary>The last expiry day counted, or null for the end of the data.</summary>
    public LocalDate? To { get; init; }

    /// <summary>The ALVH rulesets to compare, loaded and validated.</summary>
    public required IReadOnlyList<Ruleset> Rulesets { get; init; }

    /// <summary>FOMC/CPI/PPI releases for the ALVH event blackout.</summary>
    public required EconomicCalendar EconomicCalendar { get; init; }

    /// <summary>Where <see cref="EconomicCalendar"/> came from, for the report.</summary>
    public required string EconomicCalendarDescription { get; init; }

    public decimal Capital { get; init; } = ComparisonDefaults.Capital;

    public int Quantity { get; init; } = ComparisonDefaults.Quantity;

    public required string OutputDirectory { get; init; }

    /// <summary>Checks every option; on failure <paramref name="problems"/> has one message per bad option, each naming the
    /// option, the value and what is allowed.</summary>
    public static bool TryCreate(ComparisonArguments arguments, out ComparisonRequest? request, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var errors = new List<string>();
        var inputs = new List<ComparisonInput>();
        AddFile(errors, inputs, "--spx", arguments.Spx, MarketSymbol.Spx, required: true);
        AddFile(errors, inputs, "--vix", arguments.Vix, MarketSymbol.Vix, required: true);
        AddFile(errors, inputs, "--vix9d", arguments.Vix9d, MarketSymbol.Vix9d, required: false);
        AddFile(errors, inputs, "--vix3m", arguments.Vix3m, MarketSymbol.Vix3m, required: false);
        AddFile(errors, inputs, "--vvix", arguments.Vvix, MarketSymbol.Vvix, required: false);
        if ((arguments.Advancing is null) != (arguments.Declining is null))
        {
            errors.Add("--adv and --decl go together: the A/D line needs both NYSE advancing and declining issues; give both files or neither.");
        }
        else
        {
            AddFile(errors, inputs, "--adv", arguments.Advancing, MarketSymbol.NyseAdvancing, required: false);
            AddFile(errors, inputs, "--decl", arguments.Declining, MarketSymbol.NyseDeclining, required: false);
        }

        var from = ParseDate(errors, "--from", arguments.From);
        var to = ParseDate(errors, "--to", arguments.To);
        if (from is { } first && to is { } last && last <= first)
        {
            errors.Add($"--to {arguments.To} is not after --from {arguments.From}; the range needs at least one entry day and its expiry.");
        }

        var capital = ParseCapital(errors, arguments.Capital);
        var quantity = ParseQuantity(errors, arguments.Quantity);
        var rulesets = LoadRulesets(errors, arguments.Rulesets);
        var (calendar, calendarDescription) = LoadEconomicCalendar(errors, arguments.Events);
        if (string.IsNullOrWhiteSpace(arguments.Output))
        {
            errors.Add("--out is required: the folder to write summary.csv, daily.csv, report.html and the chart SVGs into (created when missing).");
        }
        else if (File.Exists(arguments.Output))
        {
            errors.Add($"--out '{arguments.Output}' is a file; expected a folder (created when missing).");
        }

        problems = errors;
        if (errors.Count > 0)
        {
            request = null;
            return false;
        }

        request = new ComparisonRequest
        {
            Inputs = inputs,
            From = from,
            To = to,
            Rulesets = rulesets,
            EconomicCalendar = calendar!,
            EconomicCalendarDescription = calendarDescription,
            Capital = capital,
            Quantity = quantity,
            OutputDirectory = arguments.Output!,
        };
        return true;
    }

    /// <summary>A file under the working directory, else beside the executable; null when in neither.</summary>
    private static string? FindConfigPath(string relativePath)
    {
        var local = Path.GetFullPath(relativePath);
        if (File.Exists(local) || Directory.Exists(local))
        {
            return local;
        }

        var installed = Path.Combine(AppContext.BaseDirectory, relativePath);
        return File.Exists(installed) || Directory.Exists(installed) ? installed : null;
    }

    private static void AddFile(List<string> errors, List<ComparisonInput> inputs, string option, string? path, MarketSymbol symbol, bool required)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            if (required)
            {
                errors.Add($"{option} is required: a daily or intraday {symbol.DisplayName()} bar file (CBOE, Yahoo, investing.com, TradingView or FirstRate CSV).");
            }

            return;
        }

        if (!File.Exists(path))
        {
            errors.Add($"{option}: file '{path}' does not exist (full path {Path.GetFullPath(path)}).");
            return;
        }

        inputs.Add(new ComparisonInput(option, path, symbol));
    }

    private static LocalDate? ParseDate(List<string> errors, string option, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add($"{option} '{text}' is not a date; expected yyyy-MM-dd, such as 2020-02-03.");
        return null;
    }

    private static decimal ParseCapital(List<string> errors, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ComparisonDefaults.Capital;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var capital)
            && capital > 0m && capital <= AlvhOptions.MaximumCapitalDollars)
        {
            return capital;
        }

        errors.Add(string.Create(CultureInfo.InvariantCulture,
            $"--capital '{text}' is not valid; expected a number of dollars above 0 and at most {AlvhOptions.MaximumCapitalDollars}, such as 100000."));
        return ComparisonDefaults.Capital;
    }

    private static int ParseQuantity(List<string> errors, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ComparisonDefaults.Quantity;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity)
            && quantity is >= 1 and <= ComparisonDefaults.MaximumQuantity)
        {
            return quantity;
        }

        errors.Add(string.Create(CultureInfo.InvariantCulture,
            $"--quantity '{text}' is not valid; expected a whole number of condors from 1 to {ComparisonDefaults.MaximumQuantity}."));
        return ComparisonDefaults.Quantity;
    }

    private static List<Ruleset> LoadRulesets(List<string> errors, IReadOnlyList<string> names)
    {
        var wanted = names.Count == 0 ? AlvhDefaults.ComparisonRulesets : names;
        var folder = FindConfigPath(ComparisonDefaults.RulesetFolder);
        var rulesets = new List<Ruleset>();
        if (folder is null)
        {
            errors.Add($"--ruleset: the ruleset folder {ComparisonDefaults.RulesetFolder} was found neither in the working directory nor beside the executable.");
            return rulesets;
        }

        foreach (var name in wanted.Distinct(StringComparer.Ordinal))
        {
            try
            {
                rulesets.Add(RulesetLoader.Load(folder, name));
            }
            catch (RulesetException ex)
            {
                var available = string.Join(", ", RulesetLoader.Available(folder));
                errors.Add($"--ruleset '{name}': {ex.Message} (rulesets in {folder}: {available})");
            }
        }

        return rulesets;
    }

    private static (EconomicCalendar? Calendar, string Description) LoadEconomicCalendar(List<string> errors, string? path)
    {
        var explicitPath = !string.IsNullOrWhiteSpace(path);
        var resolved = explicitPath ? path : FindConfigPath(ComparisonDefaults.EconomicCalendarFile);
        if (resolved is null)
        {
            return (EconomicCalendar.Empty, "no economic calendar (none given and " + ComparisonDefaults.EconomicCalendarFile + " not found): no blackouts");
        }

        try
        {
            return (EconomicCalendar.Load(resolved), Path.GetFileName(resolved));
        }
        catch (EconomicCalendarException ex)
        {
            errors.Add((explicitPath ? "--events: " : ComparisonDefaults.EconomicCalendarFile + ": ") + ex.Message);
            return (null, string.Empty);
        }
    }
}
