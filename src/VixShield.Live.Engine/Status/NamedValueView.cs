namespace VixShield.Live.Engine.Status;

/// <summary>One labelled value (a signal, a hedge figure); <see cref="Value"/> is null when not ready.</summary>
public sealed record NamedValueView(string Name, string? Value, bool Active);
