namespace VixShield.Live.Domain.Condors;

/// <summary>Why a condor proposal deserves a second look.</summary>
public enum CondorWarningKind : byte
{
    /// <summary>No put strike on the grid has |delta| inside the band; the nearest to the target was used.</summary>
    ShortPutDeltaOutsideBand = 0,

    /// <summary>No call strike on the grid has |delta| inside the band; the nearest to the target was used.</summary>
    ShortCallDeltaOutsideBand = 1,

    /// <summary>The credit is below the expected range for the wing width.</summary>
    CreditBelowExpected = 2,

    /// <summary>The credit is above the expected range for the wing width.</summary>
    CreditAboveExpected = 3,
}
