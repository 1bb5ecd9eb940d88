using NodaTime;

namespace VixShield.Live.Domain.Condors;

/// <summary>Default values of <see cref="CondorSelectionOptions"/> (spec section 1).</summary>
public static class CondorSelectionDefaults
{
    /// <summary>Entry time: 15:30 New York on the trading day before the expiry.</summary>
    public static readonly LocalTime EntryTime = new(15, 30);

    public const double TargetDelta = 0.16;

    public const double MinimumDelta = 0.15;

    public const double MaximumDelta = 0.20;

    /// <summary>Long wings 5 points beyond each short strike.</summary>
    public const decimal WingWidth = 5m;

    /// <summary>SPXW strikes near the money are listed every 5 points.</summary>
    public const decimal StrikeIncrement = 5m;

    /// <summary>Expected credit range for a 5-wide 1DTE condor: 0.40 to 0.60 points.</summary>
    public const decimal MinimumExpectedCredit = 0.40m;

    public const decimal MaximumExpectedCredit = 0.60m;

    public const int Quantity = 1;
}
