namespace VixShield.Live.Rules.Conditions;

/// <summary>What a signal holds: a number compared with numbers, or a flag used on its own or compared with true/false.</summary>
public enum HedgeSignalType : byte
{
    Number = 0,
    Boolean = 1,
}
