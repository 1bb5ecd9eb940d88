using System.Diagnostics.CodeAnalysis;

namespace VixShield.Live.Domain.Instruments;

/// <summary>Display names and parsing for <see cref="MarketSymbol"/>.</summary>
public static class MarketSymbols
{
    /// <summary>Number of <see cref="MarketSymbol"/> values; arrays indexed by symbol have this length.</summary>
    public const int Count = 8;

    private static readonly string[] Names = ["SPX", "VIX", "VIX9D", "VIX3M", "VIX6M", "VVIX", "NYSE-ADV", "NYSE-DECL"];

    /// <summary>All symbols in declaration order.</summary>
    public static IReadOnlyList<MarketSymbol> All { get; } = Enumerable.Range(0, Count).Select(i => (MarketSymbol)i).ToArray();

    /// <summary>The symbol as users and files spell it (SPX, VIX9D, NYSE-ADV).</summary>
    public static string DisplayName(this MarketSymbol symbol) => Names[(int)symbol];

    /// <summary>True for breadth counts, which are cumulative issue counts rather than prices.</summary>
    public static bool IsBreadth(this MarketSymbol symbol) => symbol is MarketSymbol.NyseAdvancing or MarketSymbol.NyseDeclining;

    /// <summary>Parses a display name, case-insensitively; also accepts the common aliases ADV, DECL, ^GSPC, ^VIX, VXV.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out MarketSymbol? symbol)
    {
        symbol = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = text.Trim().ToUpperInvariant();
        for (var i = 0; i < Names.Length; i++)
        {
            if (Names[i] == key)
            {
                symbol = (MarketSymbol)i;
                return true;
            }
        }

        symbol = key switch
        {
            "^GSPC" or "GSPC" or "SPXW" => MarketSymbol.Spx,
            "^VIX" => MarketSymbol.Vix,
            "VXV" => MarketSymbol.Vix3m,
            "ADV" or "NYSE_ADV" => MarketSymbol.NyseAdvancing,
            "DECL" or "NYSE_DECL" => MarketSymbol.NyseDeclining,
            _ => null,
        };
        return symbol is not null;
    }

    /// <summary>The accepted names, for error messages.</summary>
    public static string AllowedNames => string.Join(", ", Names);
}
