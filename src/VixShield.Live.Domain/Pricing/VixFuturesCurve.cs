using System.Globalization;
using NodaTime;

namespace VixShield.Live.Domain.Pricing;

/// <summary>VIX futures prices by expiry, as quoted; levels between two quoted expiries are interpolated linearly in calendar days.</summary>
/// <remarks>No extrapolation: outside the quoted expiries <see cref="TryGetLevel"/> returns false and the caller falls
/// back to <see cref="VolatilityTermStructure.VixFuturesLevel"/>.</remarks>
public sealed class VixFuturesCurve
{
    private readonly VixFuturesQuote[] quotes;

    public VixFuturesCurve(IEnumerable<VixFuturesQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        this.quotes = [.. quotes];
        Array.Sort(this.quotes, static (left, right) => left.Expiry.CompareTo(right.Expiry));
        for (var i = 0; i < this.quotes.Length; i++)
        {
            if (this.quotes[i].Price <= 0m)
            {
                throw new ArgumentException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The VIX future expiring {this.quotes[i].Expiry:uuuu-MM-dd} has price {this.quotes[i].Price}; prices must be positive."), nameof(quotes));
            }

            if (i > 0 && this.quotes[i].Expiry == this.quotes[i - 1].Expiry)
            {
                throw new ArgumentException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The VIX future expiring {this.quotes[i].Expiry:uuuu-MM-dd} is quoted twice ({this.quotes[i - 1].Price} and {this.quotes[i].Price})."), nameof(quotes));
            }
        }
    }

    public IReadOnlyList<VixFuturesQuote> Quotes => quotes;

    /// <summary>The futures level for <paramref name="expiry"/>; false when it lies outside the quoted expiries.</summary>
    public bool TryGetLevel(LocalDate expiry, out decimal level)
    {
        level = 0m;
        if (quotes.Length == 0 || expiry < quotes[0].Expiry || expiry > quotes[^1].Expiry)
        {
            return false;
        }

        for (var i = 0; i < quotes.Length; i++)
        {
            if (quotes[i].Expiry == expiry)
            {
                level = quotes[i].Price;
                return true;
            }

            if (quotes[i].Expiry > expiry)
            {
                var before = quotes[i - 1];
                var after = quotes[i];
                decimal span = Period.DaysBetween(before.Expiry, after.Expiry);
                decimal elapsed = Period.DaysBetween(before.Expiry, expiry);
                level = before.Price + ((after.Price - before.Price) * elapsed / span);
                return true;
            }
        }

        return false;
    }
}
