using System.Globalization;

namespace VixShield.Live.Rules.ShadowStops;

/// <summary>Configuration of the stop-loss baselines tracked beside every condor.</summary>
public sealed record ShadowStopOptions
{
    public const string SectionName = "ShadowStops";

    /// <summary>Loss multiples of the credit at which a stop strategy exits the whole condor; one strategy per multiple.</summary>
    /// <remarks>Null (not configured) means the defaults. The default is not assigned here because the configuration
    /// binder appends configured items to a non-empty collection instead of replacing it.</remarks>
    /// <value>The default is null, read as [1.0, 2.0] through <see cref="EffectiveStopMultiples"/>.</value>
    public IReadOnlyList<decimal>? StopMultiples { get; init; }

    /// <summary>The configured multiples, or <see cref="ShadowStopDefaults.StopMultiples"/> when none are configured.</summary>
    public IReadOnlyList<decimal> EffectiveStopMultiples => StopMultiples ?? ShadowStopDefaults.StopMultiples;

    /// <summary>Points per condor added to the mark when a stop exits (the cost of crossing four bid/ask spreads).</summary>
    /// <value>The default is 0.10.</value>
    public decimal ExitSlippage { get; init; } = ShadowStopDefaults.ExitSlippage;

    /// <summary>Every invalid setting as a message naming the field, its value and what is allowed; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        var multiples = EffectiveStopMultiples;
        var seen = new HashSet<decimal>();
        for (var i = 0; i < multiples.Count; i++)
        {
            var multiple = multiples[i];
            if (multiple <= 0m || !seen.Add(multiple))
            {
                errors.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{SectionName}:{nameof(StopMultiples)}[{i}] is {multiple}; allowed: distinct positive numbers"));
            }
        }

        if (ExitSlippage < 0m)
        {
            errors.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{SectionName}:{nameof(ExitSlippage)} is {ExitSlippage}; allowed: zero or more points"));
        }

        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every invalid setting.</summary>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors));
        }
    }
}
