using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>The result of a contract lookup: the contract to use (the specification plus TWS's conId), or why there is none.</summary>
/// <param name="Contract">Null when TWS has no such contract or did not answer.</param>
/// <param name="Failure">Why <paramref name="Contract"/> is null, in words with IB's code; empty on success.</param>
/// <param name="Code">IB's error code when it sent one.</param>
internal readonly record struct ContractLookupOutcome(TwsContract? Contract, string Failure, int? Code = null);
