using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;

/// <summary>The recorded client fields with the official client's values where the reference client sent <c>""</c>.</summary>
internal static class OfficialValues
{
    /// <summary>
    /// Where the reference client sent <c>""</c> for an unset field, the official client sends these values (brief §5
    /// tables, "official C# value" column); we follow the official client. Every other position must match exactly.
    /// </summary>
    private static readonly Dictionary<string, string> UnsetValues = new(StringComparer.Ordinal)
    {
        ["conId"] = "0",
        ["includeExpired"] = "0",
        ["origin"] = "0",
        ["parentId"] = "0",
        ["blockOrder"] = "0",
        ["sweepToFill"] = "0",
        ["displaySize"] = "0",
        ["triggerMethod"] = "0",
        ["outsideRth"] = "0",
        ["hidden"] = "0",
        ["leg[0].openClose"] = "0",
        ["leg[1].openClose"] = "0",
        ["leg[2].openClose"] = "0",
        ["leg[3].openClose"] = "0",
        ["leg[0].shortSaleSlot"] = "0",
        ["leg[1].shortSaleSlot"] = "0",
        ["leg[2].shortSaleSlot"] = "0",
        ["leg[3].shortSaleSlot"] = "0",
        ["leg[0].exemptCode"] = "0",
        ["leg[1].exemptCode"] = "0",
        ["leg[2].exemptCode"] = "0",
        ["leg[3].exemptCode"] = "0",
        ["discretionaryAmt"] = "0",
        ["shortSaleSlot"] = "0",
        ["exemptCode"] = "-1",
        ["ocaType"] = "0",
        ["allOrNone"] = "0",
        ["eTradeOnly(deprecated)"] = "0",
        ["firmQuoteOnly(deprecated)"] = "0",
        ["auctionStrategy"] = "0",
        ["overridePercentageConstraints"] = "0",
        ["continuousUpdate"] = "0",
        ["optOutSmartRouting"] = "0",
        ["notHeld"] = "0",
        ["whatIf"] = "0",
        ["solicited"] = "0",
        ["randomizeSize"] = "0",
        ["randomizePrice"] = "0",
        ["triggerPrice"] = "1.7976931348623157E+308",
        ["lmtPriceOffset"] = "1.7976931348623157E+308",
        ["adjustedStopPrice"] = "1.7976931348623157E+308",
        ["adjustedStopLimitPrice"] = "1.7976931348623157E+308",
        ["adjustedTrailingAmount"] = "1.7976931348623157E+308",
        ["adjustableTrailingUnit"] = "0",
        ["dontUseAutoPriceForHedge"] = "0",
        ["isOmsContainer"] = "0",
        ["discretionaryUpToLimitPrice"] = "0",
        ["duration"] = "2147483647",
        ["postToAts"] = "2147483647",
        ["autoCancelParent"] = "0",
        ["professionalCustomer"] = "0",
        ["includeOvernight"] = "0",
        ["manualOrderIndicator"] = "2147483647",
    };

    /// <summary>The fields the official client would send for <paramref name="recorded"/>, position for position.</summary>
    public static IReadOnlyList<string> Expected(TwsGoldenMessage recorded)
        => recorded.Fields
            .Select((field, position) => field.Length == 0 && UnsetValues.TryGetValue(recorded.Labels[position], out var official) ? official : field)
            .ToList();
}
