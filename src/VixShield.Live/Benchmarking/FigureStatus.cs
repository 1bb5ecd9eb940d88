namespace VixShield.Live.Benchmarking;

/// <summary>How a measured figure stands against its target.</summary>
public enum FigureStatus
{
    /// <summary>The target is met.</summary>
    Pass,

    /// <summary>The target is missed, but by no more than the noise margin: reported, not failed.</summary>
    WithinNoise,

    /// <summary>The target is missed by more than the noise margin: <c>vixshield bench</c> exits non-zero.</summary>
    Fail,

    /// <summary>The figure is informative and has no target.</summary>
    Informative,

    /// <summary>The figure could not be measured here; the reason says why. It does not fail the run.</summary>
    NotMeasured,
}
