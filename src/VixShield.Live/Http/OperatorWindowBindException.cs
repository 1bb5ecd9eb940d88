namespace VixShield.Live.Http;

/// <summary>The operator's window cannot listen where Http:BindAddress and Http:Port say; the message names the
/// setting, its value, the cause and what would work.</summary>
public sealed class OperatorWindowBindException(string message, Exception innerException) : Exception(message, innerException);
