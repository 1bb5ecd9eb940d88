namespace VixShield.Live.Engine.Pipeline;

/// <summary>Default values of <see cref="EngineOptions"/>.</summary>
public static class EngineDefaults
{
    public const int InboundCapacity = 65_536;
    public const int AlertCapacity = 8_192;
    public const bool EmitBarEvents = true;
    public const int AlertBatchSize = 256;
    public static readonly TimeSpan StaleFeedAfter = TimeSpan.FromSeconds(30);
}
