using System.Globalization;
using NodaTime;

namespace VixShield.Live.Domain.Condors;

/// <summary>How the Conservative 1DTE iron condor is chosen.</summary>
public sealed record CondorSelectionOptions
{
    public const string SectionName = "Condor";

    /// <summary>New York time of day at which the condor is entered on the trading day before its expiry.</summary>
    /// <value>The default is 15:30.</value>
    public LocalTime EntryTime { get; init; } = CondorSelectionDefaults.EntryTime;

    /// <summary>The |delta| the short strikes aim for.</summary>
    /// <value>The default is 0.16.</value>
    public double TargetDelta { get; init; } = CondorSelectionDefaults.TargetDelta;

    /// <summary>Lower edge of the allowed |delta| band for the short strikes.</summary>
    /// <value>The default is 0.15.</value>
    public double MinimumDelta { get; init; } = CondorSelectionDefaults.MinimumDelta;

    /// <summary>Upper edge of the allowed |delta| band for the short strikes.</summary>
    /// <value>The default is 0.20.</value>
    public double MaximumDelta { get; init; } = CondorSelectionDefaults.MaximumDelta;

    /// <summary>Distance in points from each short strike to its long wing.</summary>
    /// <value>The default is 5.</value>
    public decimal WingWidth { get; init; } = CondorSelectionDefaults.WingWidth;

    /// <summary>Strike grid spacing in points.</summary>
    /// <value>The default is 5.</value>
    public decimal StrikeIncrement { get; init; } = CondorSelectionDefaults.StrikeIncrement;

    /// <summary>Lower edge of the credit expected for <see cref="WingWidth"/>, in points; below it the proposal warns.</summary>
    /// <value>The default is 0.40.</value>
    public decimal MinimumExpectedCredit { get; init; } = CondorSelectionDefaults.MinimumExpectedCredit;

    /// <summary>Upper edge of the credit expected for <see cref="WingWidth"/>, in points; above it the proposal warns.</summary>
    /// <value>The default is 0.60.</value>
    public decimal MaximumExpectedCredit { get; init; } = CondorSelectionDefaults.MaximumExpectedCredit;

    /// <summary>Number of condors per proposal.</summary>
    /// <value>The default is 1.</value>
    public int Quantity { get; init; } = CondorSelectionDefaults.Quantity;

    /// <summary>Every invalid setting as a message naming the field, its value and what is allowed; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (EntryTime <= new LocalTime(9, 30) || EntryTime >= new LocalTime(16, 0))
        {
            errors.Add(Message(nameof(EntryTime), EntryTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture), "a New York time after the 09:30 open and before the 16:00 close"));
        }

        if (!(TargetDelta > 0.0 && TargetDelta < 0.5))
        {
            errors.Add(Message(nameof(TargetDelta), TargetDelta, "a number above 0 and below 0.5"));
        }

        if (!(MinimumDelta > 0.0 && MinimumDelta <= TargetDelta))
        {
            errors.Add(Message(nameof(MinimumDelta), MinimumDelta, $"a number above 0 and at most TargetDelta ({TargetDelta})"));
        }

        if (!(MaximumDelta >= TargetDelta && MaximumDelta < 0.5))
        {
            errors.Add(Message(nameof(MaximumDelta), MaximumDelta, $"a number from TargetDelta ({TargetDelta}) to below 0.5"));
        }

        if (StrikeIncrement <= 0m)
        {
            errors.Add(Message(nameof(StrikeIncrement), StrikeIncrement, "a positive number of points"));
        }
        else if (WingWidth <= 0m || WingWidth % StrikeIncrement != 0m)
        {
            errors.Add(Message(nameof(WingWidth), WingWidth, $"a positive multiple of StrikeIncrement ({StrikeIncrement})"));
        }

        if (MinimumExpectedCredit < 0m || MinimumExpectedCredit > MaximumExpectedCredit)
        {
            errors.Add(Message(nameof(MinimumExpectedCredit), MinimumExpectedCredit, $"a number from 0 to MaximumExpectedCredit ({MaximumExpectedCredit})"));
        }

        if (MaximumExpectedCredit >= WingWidth)
        {
            errors.Add(Message(nameof(MaximumExpectedCredit), MaximumExpectedCredit, $"a number below WingWidth ({WingWidth})"));
        }

        if (Quantity <= 0)
        {
            errors.Add(Message(nameof(Quantity), Quantity, "a positive whole number"));
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

    private static string Message<T>(string name, T value, string allowed) =>
        string.Create(CultureInfo.InvariantCulture, $"{SectionName}:{name} is {value}; allowed: {allowed}");
}
