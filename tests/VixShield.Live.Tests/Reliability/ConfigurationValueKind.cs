namespace VixShield.Live.Tests.Reliability;

/// <summary>How a configuration key is written, which decides what a wrong or extreme value for it looks like.</summary>
internal enum ConfigurationValueKind
{
    Number,
    Duration,
    Flag,
    Choice,
    Text,
    TextList,
    ModesByPrefix,
    Other,
}
