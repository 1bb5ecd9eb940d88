using System.Globalization;
using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Rules.Rulesets;

namespace VixShield.Live.Rules.Hedging;

/// <summary>Configuration of the ALVH engine (section <c>Alvh</c>).</summary>
public sealed record AlvhOptions
{
    public const string SectionName = "Alvh";

    /// <summary>Maximum of <see cref="CapitalDollars"/>: a guard against a mistyped number of zeros.</summary>
    public const decimal MaximumCapitalDollars = 1_000_000_000m;

    /// <summary>The ruleset that trades: a file name in <see cref="RulesetFolder"/> without <c>.json</c>.</summary>
    /// <value>The default is <c>signal-layers</c>.</value>
    public string Ruleset { get; init; } = AlvhDefaults.Ruleset;

    /// <summary>Rulesets evaluated for the daily comparison (the trading one included); only <see cref="Ruleset"/> sends orders.</summary>
    /// <remarks>Null (not configured) means the defaults; see <see cref="EffectiveComparisonRulesets"/>. The default is
    /// not assigned here because the configuration binder appends configured items to a non-empty collection.</remarks>
    /// <value>The default is null, read as [signal-layers, ladder-442].</value>
    public IReadOnlyList<string>? ComparisonRulesets { get; init; }

    public IReadOnlyList<string> EffectiveComparisonRulesets => ComparisonRulesets ?? AlvhDefaults.ComparisonRulesets;

    /// <summary>Folder of the ruleset files, relative to the content root unless absolute.</summary>
    /// <value>The default is <c>config/rulesets</c>.</value>
    public string RulesetFolder { get; init; } = AlvhDefaults.RulesetFolder;

    /// <summary>The FOMC/CPI/PPI calendar, relative to the content root unless absolute.</summary>
    /// <value>The default is <c>config/economic-calendar.csv</c>.</value>
    public string EconomicCalendarFile { get; init; } = AlvhDefaults.EconomicCalendarFile;

    /// <summary>Account capital in dollars: layer budgets and the total premium cap are percentages of it.</summary>
    /// <value>The default is 100000.</value>
    public decimal CapitalDollars { get; init; } = AlvhDefaults.CapitalDollars;

    /// <summary>Every invalid setting as a message naming the key, its value and what is allowed; empty when valid. No file is read.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!RulesetLoader.IsValidName(Ruleset))
        {
            problems.Add($"{SectionName}:{nameof(Ruleset)} is '{Ruleset}'; allowed: {RulesetLoader.NameRule}");
        }

        var comparison = EffectiveComparisonRulesets;
        for (var i = 0; i < comparison.Count; i++)
        {
            if (!RulesetLoader.IsValidName(comparison[i]))
            {
                problems.Add($"{ComparisonKey(i)} is '{comparison[i]}'; allowed: {RulesetLoader.NameRule}");
            }
        }

        if (string.IsNullOrWhiteSpace(RulesetFolder))
        {
            problems.Add($"{SectionName}:{nameof(RulesetFolder)} is empty; allowed: a folder path such as {AlvhDefaults.RulesetFolder}");
        }

        if (string.IsNullOrWhiteSpace(EconomicCalendarFile))
        {
            problems.Add($"{SectionName}:{nameof(EconomicCalendarFile)} is empty; allowed: a CSV file path such as {AlvhDefaults.EconomicCalendarFile}");
        }

        if (CapitalDollars <= 0m || CapitalDollars > MaximumCapitalDollars)
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{SectionName}:{nameof(CapitalDollars)} is {CapitalDollars}; allowed: more than 0 and at most {MaximumCapitalDollars} dollars"));
        }

        return problems;
    }

    /// <summary>Everything <c>check-config</c> should report: <see cref="Validate"/>, then every ruleset's problems and the
    /// economic calendar's, with paths resolved against <paramref name="contentRoot"/>.</summary>
    public IReadOnlyList<string> ValidateFiles(string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        var problems = new List<string>(Validate());
        if (problems.Count > 0)
        {
            return problems;
        }

        var folder = Path.Combine(contentRoot, RulesetFolder);
        var where = Path.IsPathRooted(RulesetFolder) ? string.Empty : $" (relative to {contentRoot})";
        if (!Directory.Exists(folder))
        {
            problems.Add($"{SectionName}:{nameof(RulesetFolder)} is '{RulesetFolder}'{where}, which is not a folder; allowed: the folder holding "
                + $"the ruleset files ({SectionName}:{nameof(Ruleset)} '{Ruleset}' is read from {Ruleset}.json there), such as {AlvhDefaults.RulesetFolder}");
        }
        else
        {
            var names = new List<(string Key, string Name)> { ($"{SectionName}:{nameof(Ruleset)}", Ruleset) };
            var comparison = EffectiveComparisonRulesets;
            for (var i = 0; i < comparison.Count; i++)
            {
                if (!names.Exists(n => string.Equals(n.Name, comparison[i], StringComparison.Ordinal)))
                {
                    names.Add((ComparisonKey(i), comparison[i]));
                }
            }

            foreach (var (key, name) in names)
            {
                if (File.Exists(Path.Combine(folder, name + ".json")))
                {
                    problems.AddRange(RulesetLoader.Validate(folder, name));
                    continue;
                }

                var available = RulesetLoader.Available(folder);
                problems.Add($"{key} is '{name}', but {SectionName}:{nameof(RulesetFolder)} '{RulesetFolder}'{where} has no {name}.json; allowed: "
                    + (available.Count == 0
                        ? "a ruleset in that folder, but it holds no ruleset (*.json) files"
                        : "one of the rulesets in that folder: " + string.Join(", ", available)));
            }
        }

        try
        {
            EconomicCalendar.Load(Path.Combine(contentRoot, EconomicCalendarFile));
        }
        catch (EconomicCalendarException exception)
        {
            problems.Add($"{SectionName}:{nameof(EconomicCalendarFile)}: {exception.Message}");
        }

        return problems;
    }

    /// <summary>The key of one comparison ruleset; when none is configured, the defaults are meant.</summary>
    private string ComparisonKey(int index) => ComparisonRulesets is null
        ? $"{SectionName}:{nameof(ComparisonRulesets)} (not set, so the default {string.Join(", ", AlvhDefaults.ComparisonRulesets)})"
        : string.Create(CultureInfo.InvariantCulture, $"{SectionName}:{nameof(ComparisonRulesets)}:{index}");
}
