using System.Globalization;

namespace VixShield.Live.Domain.Pricing;

/// <summary>The explicit boundary between model maths (double) and domain prices (decimal).</summary>
public static class PriceConversion
{
    /// <summary>Decimal places kept when a model price becomes a domain price: below the 0.01 cent tick, so rounding never moves a quoted mid.</summary>
    public const int ModelPriceDecimals = 4;

    /// <summary>A model value as a domain price rounded to <see cref="ModelPriceDecimals"/> places (midpoint away from zero).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or outside the decimal range.</exception>
    public static decimal ToPrice(double value)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > 7.9e27)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(
                CultureInfo.InvariantCulture,
                $"A model price must be a finite number within the decimal range; got {value}."));
        }

        return Math.Round((decimal)value, ModelPriceDecimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>A domain price or level as model input.</summary>
    public static double ToModel(decimal value) => (double)value;
}
