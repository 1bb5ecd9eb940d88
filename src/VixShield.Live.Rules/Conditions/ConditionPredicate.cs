namespace VixShield.Live.Rules.Conditions;

/// <summary>A compiled condition: reads the signal vector, allocates nothing.</summary>
public delegate bool ConditionPredicate(ReadOnlySpan<double> signals);
