namespace VixShield.Live.Domain.Condors;

/// <summary>A caveat attached to a condor proposal, with a message naming the values and the allowed range.</summary>
public sealed record CondorWarning(CondorWarningKind Kind, string Message);
