namespace VixShield.Live.Rules.Conditions;

/// <summary>One named signal of the condition language.</summary>
/// <param name="Name">The name written in conditions, e.g. <c>move_sigma</c>.</param>
/// <param name="Slot">Index in the signal vector.</param>
/// <param name="Type">Number or flag.</param>
/// <param name="Description">What it means, for error messages and documentation.</param>
public sealed record HedgeSignalDefinition(string Name, int Slot, HedgeSignalType Type, string Description);
