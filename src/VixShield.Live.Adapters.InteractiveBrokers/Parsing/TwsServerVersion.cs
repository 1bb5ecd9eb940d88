namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>Negotiated server versions that change the messages this client reads or writes (protocol brief §4).</summary>
/// <remarks>
/// The client advertises <see cref="MinimumAdvertised"/>..<see cref="Maximum"/> like the reference client, and refuses
/// a negotiated version below <see cref="MinimumSupported"/>: below it REQ_CONTRACT_DATA has no issuerId and more
/// layouts change than we test. 176 was accepted by TWS builds long before the 10.30 floor IB now enforces.
/// PermIds are read as 64-bit at every version (they may exceed 32 bits since v191).
/// </remarks>
public static class TwsServerVersion
{
    /// <summary>Lower bound of the advertised range (<c>v100..193</c>).</summary>
    public const int MinimumAdvertised = 100;

    /// <summary>The oldest negotiated version this client implements; a server answering lower is refused.</summary>
    public const int MinimumSupported = BondIssuerId;

    /// <summary>Upper bound of the advertised range: the last text-only version with every field we need.</summary>
    public const int Maximum = CmeTaggingFieldsInOpenOrder;

    public const int BondIssuerId = 176;
    public const int FaProfileDesupport = 177;
    public const int PendingPriceRevision = 178;
    public const int FundDataFields = 179;
    public const int LastTradeDate = 182;
    public const int CustomerAccount = 183;
    public const int ProfessionalCustomer = 184;
    public const int IneligibilityReasons = 186;
    public const int RfqFields = 187;
    public const int IncludeOvernight = 189;
    public const int UndoRfqFields = 190;
    public const int CmeTaggingFields = 192;
    public const int CmeTaggingFieldsInOpenOrder = 193;
    public const int ErrorTime = 194;
    public const int HistoricalDataEnd = 196;
}
