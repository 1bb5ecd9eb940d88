namespace VixShield.Live.Indicators;

/// <summary>What every incremental indicator tells its owner: identity and warm-up progress.</summary>
/// <remarks>Used for composition and health reporting (how many bars each indicator was warmed with); the
/// update method and current value are on the concrete type or on <see cref="IScalarIndicator"/>.</remarks>
public interface IIndicator
{
    /// <summary>Short display name with parameters, e.g. <c>EMA(12)</c>, <c>RSI(14)</c>.</summary>
    string Name { get; }

    /// <summary>Number of accepted inputs after which <see cref="IsReady"/> becomes true.</summary>
    int WarmUpPeriod { get; }

    /// <summary>Number of inputs accepted since construction or the last <see cref="Reset"/>.</summary>
    long Samples { get; }

    /// <summary>True once <see cref="Samples"/> reaches <see cref="WarmUpPeriod"/>; values are null before.</summary>
    bool IsReady { get; }

    /// <summary>Returns the indicator to its constructed state.</summary>
    void Reset();
}
