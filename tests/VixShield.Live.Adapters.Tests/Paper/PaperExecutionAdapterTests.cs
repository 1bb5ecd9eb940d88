namespace VixShield.Live.Adapters.Tests.Paper;

/// <summary>The paper broker's fills, fees, order handling, settlement and statements, on a scripted market.</summary>
public partial class PaperExecutionAdapterTests;
