using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>Works out which instrument a file holds from its name or a close-only header.</summary>
internal static class SymbolInference
{
    private static readonly char[] Separators = ['_', '-', '.', ' ', '(', ')', '[', ']', '+'];

    /// <summary>Finds exactly one known symbol among the file name's words (<c>vix9d_daily_cboe</c>, <c>^GSPC</c>,
    /// <c>nyse_ADV_advancing_issues</c>); none or several distinct ones give null.</summary>
    public static MarketSymbol? FromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        MarketSymbol? found = null;
        foreach (var word in name.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!MarketSymbols.TryParse(word, out var symbol))
            {
                continue;
            }

            if (found is not null && found != symbol)
            {
                return null;
            }

            found = symbol;
        }

        return found;
    }
}
