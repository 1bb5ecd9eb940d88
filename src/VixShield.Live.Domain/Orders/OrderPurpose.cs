namespace VixShield.Live.Domain.Orders;

/// <summary>Why an order is sent; the safety gate counts hedge layers and hedge premium from it.</summary>
public enum OrderPurpose : byte
{
    Other = 0,

    /// <summary>Opens the iron condor.</summary>
    CondorEntry = 1,

    /// <summary>Closes (part of) the iron condor.</summary>
    CondorExit = 2,

    /// <summary>Buys (or adds to) the hedge layer named by the order's layer id.</summary>
    HedgeOpen = 3,

    /// <summary>Sells part or all of the hedge layer named by the order's layer id (monetisation or close).</summary>
    HedgeClose = 4,
}
