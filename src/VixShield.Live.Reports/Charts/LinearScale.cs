namespace VixShield.Live.Reports.Charts;

/// <summary>Maps a value domain linearly onto a pixel range (the range may run backwards, as a y axis does).</summary>
public sealed class LinearScale
{
    public LinearScale(double domainMinimum, double domainMaximum, double rangeStart, double rangeEnd)
    {
        if (!double.IsFinite(domainMinimum) || !double.IsFinite(domainMaximum) || !(domainMaximum > domainMinimum))
        {
            throw new ArgumentOutOfRangeException(nameof(domainMaximum), domainMaximum, $"the domain must be finite with its maximum above its minimum ({domainMinimum})");
        }

        DomainMinimum = domainMinimum;
        DomainMaximum = domainMaximum;
        RangeStart = rangeStart;
        RangeEnd = rangeEnd;
    }

    public double DomainMinimum { get; }

    public double DomainMaximum { get; }

    public double RangeStart { get; }

    public double RangeEnd { get; }

    /// <summary>The pixel position of <paramref name="value"/>; values outside the domain map outside the range.</summary>
    public double Map(double value) =>
        RangeStart + ((value - DomainMinimum) / (DomainMaximum - DomainMinimum) * (RangeEnd - RangeStart));
}
