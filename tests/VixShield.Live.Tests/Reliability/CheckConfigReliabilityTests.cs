using System.Text.Json.Nodes;
using VixShield.Live.Adapters.Notifications.Email;
using VixShield.Live.Adapters.Notifications.Webhooks;
using VixShield.Live.Configuration;
using VixShield.Live.Tests.Commands;

namespace VixShield.Live.Tests.Reliability;

/// <summary>Every option of every section, found by reflection over the options classes, given a value of the wrong
/// type, an empty value, values at and beyond its type's edges, and (where required) no value, through
/// <c>vixshield check-config</c> in process: each refusal must name the key.</summary>
/// <remarks>The base document switches every remote destination on, so their settings are validated as they would be
/// in production. Keys with a known defect are listed in the skipped tests below, not silently dropped.</remarks>
public sealed class CheckConfigReliabilityTests : IDisposable
{
    /// <summary>Text options the daemon cannot work without; an empty value must be refused.</summary>
    private static readonly string[] RequiredText =
    [
        "Daemon:DataDirectory", "Feed:Kind", "Feed:Speed", "Feed:BadRows", "Alerts:JsonlFile", "Http:BindAddress", "Execution:Adapter",
        "Execution:Paper:AccountId", "Alerts:Email:From", "State:FileName", "Alvh:Ruleset", "Alvh:RulesetFolder", "Alvh:EconomicCalendarFile",
        "InteractiveBrokers:Host",
    ];

    /// <summary>Options whose every edge value check-config accepts although the daemon refuses some of them at start.</summary>
    private static readonly string[] WithoutRangeCheck = ["Alerts:Webhook:Format", "Alerts:Webhook:DefaultMode", "Alerts:Email:DefaultMode", "Alerts:Email:SendTimeout"];

    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-config-reliability-").FullName;

    /// <summary>Options whose refusal of a bad value does not name them.</summary>
    private static readonly string[] RefusedWithoutTheirName = ["Alvh:RulesetFolder"];

    public static TheoryData<string> TypedKeys => new(ConfigurationKey.All.Where(k => k.Kind != ConfigurationValueKind.Other).Select(k => k.Path));

    public static TheoryData<string> TypedKeysNamedWhenRefused => new(ConfigurationKey.All
        .Where(k => k.Kind != ConfigurationValueKind.Other)
        .Select(k => k.Path)
        .Except(RefusedWithoutTheirName, StringComparer.Ordinal));

    /// <summary>Non-nullable scalars: for a nullable one (State:MaximumFileSizeBytes) empty documentedly means "unset".</summary>
    public static TheoryData<string> ScalarKeys => new(ConfigurationKey.All
        .Where(k => k.Kind is ConfigurationValueKind.Number or ConfigurationValueKind.Duration or ConfigurationValueKind.Flag or ConfigurationValueKind.Choice)
        .Where(k => Nullable.GetUnderlyingType(k.Property.PropertyType) is null)
        .Select(k => k.Path));

    public static TheoryData<string> RangedKeys => new(ConfigurationKey.All
        .Where(k => k.Kind is ConfigurationValueKind.Number or ConfigurationValueKind.Duration or ConfigurationValueKind.Choice)
        .Select(k => k.Path)
        .Except(WithoutRangeCheck, StringComparer.Ordinal));

    public static TheoryData<string> TextKeys => new(ConfigurationKey.All.Where(k => k.Kind == ConfigurationValueKind.Text).Select(k => k.Path));

    public static TheoryData<string> RequiredTextKeys => new(RequiredText);

    [Fact]
    public void ConfigurationKeys_Reflection_FindsEverySectionTheDaemonBinds()
    {
        var sections = ConfigurationKey.All.Select(k => k.Section).Distinct().ToList();

        Assert.Superset(
            new HashSet<string> { "Daemon", "Feed", "Simulation", "Engine", "Alerts", "Http", "Execution", "Execution:Paper", "Alerts:Webhook", "Alerts:Email", "Alerts:Delivery", "State" },
            sections.ToHashSet());
        Assert.Contains(ConfigurationKey.All, k => k.Path == "Engine:InboundCapacity" && k.Kind == ConfigurationValueKind.Number);
        Assert.All(RequiredText, path => Assert.Contains(ConfigurationKey.All, k => k.Path == path));
        Assert.True(ConfigurationKey.All.Count(k => k.Kind != ConfigurationValueKind.Other) >= 80, $"{ConfigurationKey.All.Count} keys found");
    }

    [Fact]
    public async Task CheckConfig_BaseDocumentWithEveryDestinationOn_IsValid()
    {
        var (exitCode, output, error) = await CheckAsync(new ConfigurationDocument());

        Assert.True(exitCode == 0, error);
        Assert.Contains("OK: no problems found", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TypedKeys))]
    public async Task CheckConfig_ValueOfTheWrongType_IsRefusedNamingTheKey(string path)
    {
        var key = Key(path);
        JsonNode wrong = key.Kind switch
        {
            ConfigurationValueKind.Text => new JsonObject { ["nested"] = "x" },
            ConfigurationValueKind.ModesByPrefix => new JsonObject { ["bar"] = "Loudly" },
            ConfigurationValueKind.TextList => "just-one-text",
            _ => "not-a-value",
        };

        var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With(path, wrong));

        Assert.True(exitCode == 2, $"{path} = {wrong.ToJsonString()} was accepted");
        AssertNamed(path, error);
    }

    [Theory]
    [MemberData(nameof(ScalarKeys))]
    public async Task CheckConfig_EmptyScalarValue_IsRefusedNamingTheKey(string path)
    {
        var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With(path, string.Empty));

        Assert.True(exitCode == 2, $"{path} = '' was accepted (an empty environment variable would silently keep the default)");
        AssertNamed(path, error);
    }

    [Theory]
    [MemberData(nameof(RequiredTextKeys))]
    public async Task CheckConfig_RequiredTextEmptyOrBlank_IsRefusedNamingTheKey(string path)
    {
        foreach (var blank in new[] { string.Empty, "   " })
        {
            var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With(path, blank));

            Assert.True(exitCode == 2, $"{path} = '{blank}' was accepted");
            AssertNamed(path, error);
        }
    }

    [Theory]
    [MemberData(nameof(TypedKeysNamedWhenRefused))]
    public async Task CheckConfig_ValuesAtAndBeyondTheTypesEdges_AreAcceptedOrRefusedNamingTheKey(string path)
    {
        var key = Key(path);

        foreach (var value in key.ExtremeValues)
        {
            var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With(path, value));

            Assert.True(exitCode is 0 or 2, $"{path} = '{value}': exit {exitCode}: {error}");
            if (exitCode == 2)
            {
                AssertNamed(path, error);
            }
        }
    }

    /// <summary>A number or duration must refuse at least one value at its type's edges; a choice must refuse every
    /// number that is not one of its names (the binder accepts any number for an enum).</summary>
    [Theory]
    [MemberData(nameof(RangedKeys))]
    public async Task CheckConfig_NumberDurationOrChoice_HasARangeThatRefusesEdgeValues(string path)
    {
        var key = Key(path);
        var refused = new List<string>();
        var accepted = new List<string>();
        foreach (var value in key.ExtremeValues)
        {
            var (exitCode, _, _) = await CheckAsync(new ConfigurationDocument().With(path, value));
            (exitCode == 2 ? refused : accepted).Add(value);
        }

        if (key.Kind == ConfigurationValueKind.Choice)
        {
            Assert.True(accepted.Count == 0, $"{path} accepts {string.Join(", ", accepted)}, which name none of {string.Join(", ", Enum.GetNames(key.ValueType))}");
        }
        else
        {
            Assert.True(refused.Count > 0, $"{path} accepts every one of {string.Join(", ", accepted)}");
        }
    }

    [Fact(Skip = "BUG: a ruleset folder without the ruleset is refused with a message naming the file path only, never Alvh:RulesetFolder (and a long path is echoed three times)")]
    public Task CheckConfig_RulesetFolderWithoutTheRuleset_IsRefusedNamingTheKey()
        => CheckConfig_ValuesAtAndBeyondTheTypesEdges_AreAcceptedOrRefusedNamingTheKey("Alvh:RulesetFolder");

    [Theory(Skip = "BUG: check-config has no range check for these keys; 'vixshield run' then dies at start with an unhandled ArgumentException (exit 1, stack trace)")]
    [InlineData("Alerts:Webhook:Format")]
    [InlineData("Alerts:Webhook:DefaultMode")]
    [InlineData("Alerts:Email:DefaultMode")]
    [InlineData("Alerts:Email:SendTimeout")]
    public Task CheckConfig_RemoteDestinationSettingWithoutRangeCheck_RefusesEdgeValues(string path)
        => CheckConfig_NumberDurationOrChoice_HasARangeThatRefusesEdgeValues(path);

    [Theory]
    [InlineData("Feed:ReplayFiles", "Feed:Kind", "replay")]
    [InlineData("Alerts:Email:From", "Alerts:Email:Host", "127.0.0.1")]
    [InlineData("Alerts:Email:To", "Alerts:Email:Host", "127.0.0.1")]
    public async Task CheckConfig_KeyRequiredByAnotherMissing_IsRefusedNamingTheMissingKey(string missing, string trigger, string triggerValue)
    {
        var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().Without(missing).With(trigger, triggerValue));

        Assert.Equal(2, exitCode);
        Assert.Contains($"  - {missing} is missing", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Engine:InboundCapacity", "1", "Engine:AlertCapacity", "1")]
    [InlineData("Http:Port", "70000", "Http:MaxRequestBodyBytes", "1")]
    [InlineData("Execution:MaxOrdersPerMinute", "0", "Execution:CapitalDollars", "0")]
    [InlineData("Execution:Paper:FillSpreadFraction", "2", "Execution:Paper:PartialFillQuantity", "-1")]
    public async Task CheckConfig_TwoBadKeysInOneSection_ListsBoth(string first, string firstValue, string second, string secondValue)
    {
        var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With(first, firstValue).With(second, secondValue));

        Assert.Equal(2, exitCode);
        AssertNamed(first, error);
        AssertNamed(second, error);
    }

    [Theory(Skip = "BUG: Alerts:Delivery and State are validated by a method that throws on the first problem, so check-config lists only one of them")]
    [InlineData("Alerts:Delivery:BatchSize", "0", "Alerts:Delivery:MaxRetryAttempts", "0")]
    [InlineData("State:BusyTimeout", "-00:00:01", "State:MaximumFileSizeBytes", "1")]
    public Task CheckConfig_TwoBadKeysInASectionValidatedByException_ListsBoth(string first, string firstValue, string second, string secondValue)
        => CheckConfig_TwoBadKeysInOneSection_ListsBoth(first, firstValue, second, secondValue);

    [Fact(Skip = "BUG: check-config accepts webhook/e-mail settings (Format 99, DefaultMode 99, empty Name, SendTimeout 0, bad To address, '.x' type prefix) that the sinks refuse at start")]
    public void Load_RemoteDestinationSettingsCheckConfigAccepts_AreAcceptedByTheDestinationsToo()
    {
        var violations = new List<string>();
        var candidates = ConfigurationKey.All
            .Where(k => k.Section is "Alerts:Webhook" or "Alerts:Email")
            .SelectMany(k => k.ExtremeValues.Select(value => (Path: k.Path, Value: (JsonNode)value)))
            .Concat([
                ("Alerts:Email:To", new JsonObject { ["0"] = "not an address" }),
                ("Alerts:Email:From", "not an address"),
                ("Alerts:Webhook:Types", new JsonObject { [".x"] = "Off" }),
                ("Alerts:Email:Password", "secret-without-user"),
            ]);
        foreach (var (path, value) in candidates)
        {
            var file = new ConfigurationDocument().With(path, value).WriteTo(directory);
            var loaded = DaemonConfiguration.Load(ConfigurationLoader.Build(file, new Dictionary<string, string?>(), out _), file);
            if (loaded.Problems.Count > 0)
            {
                continue;
            }

            try
            {
                // As the host does: a blank URL or host switches that destination off.
                if (!string.IsNullOrWhiteSpace(loaded.Webhook.Url))
                {
                    _ = new WebhookAlertSink(new HttpClient(), loaded.Webhook, NodaTime.DateTimeZoneProviders.Tzdb["America/New_York"]);
                }

                if (!string.IsNullOrWhiteSpace(loaded.Email.Host))
                {
                    _ = new EmailAlertSink(loaded.Email, NodaTime.DateTimeZoneProviders.Tzdb["America/New_York"]);
                }
            }
            catch (ArgumentException exception)
            {
                violations.Add($"{path} = {value.ToJsonString()}: check-config OK, destination refuses: {exception.Message}");
            }
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact(Skip = "BUG: DaemonConfiguration.Describe names CLR types (List`1, Dictionary`2, Nullable`1, String) and says 'is missing' for an object or a bad entry in Types")]
    public async Task CheckConfig_WrongTypeMessages_SayInWordsWhatIsAllowed()
    {
        var violations = new List<string>();
        foreach (var key in ConfigurationKey.All.Where(k => k.Kind != ConfigurationValueKind.Other))
        {
            JsonNode wrong = key.Kind switch
            {
                ConfigurationValueKind.Text => new JsonObject { ["nested"] = "x" },
                ConfigurationValueKind.ModesByPrefix => new JsonObject { ["bar"] = "Loudly" },
                ConfigurationValueKind.TextList => "just-one-text",
                _ => "not-a-value",
            };
            var (_, _, error) = await CheckAsync(new ConfigurationDocument().With(key.Path, wrong));
            var line = error.Split('\n').FirstOrDefault(l => l.Contains(key.Path, StringComparison.OrdinalIgnoreCase)) ?? "(not named)";
            if (line.Contains('`', StringComparison.Ordinal) || line.Contains("is missing", StringComparison.Ordinal) || line.Contains("value of type", StringComparison.Ordinal))
            {
                violations.Add(line.Trim());
            }
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static ConfigurationKey Key(string path) => ConfigurationKey.All.Single(k => k.Path == path);

    /// <summary>A problem line (<c>  - ...</c>) of check-config's error output names the key: its full path, or its name
    /// in a problem of its own section (a rule between two keys of a section, such as a minimum below a maximum).</summary>
    private static void AssertNamed(string path, string error)
    {
        var section = path[..path.LastIndexOf(':')];
        var name = path[(path.LastIndexOf(':') + 1)..];
        var lines = error.Split('\n').Where(line => line.StartsWith("  - ", StringComparison.Ordinal)).ToList();
        Assert.True(
            lines.Any(line => line.Contains(path, StringComparison.OrdinalIgnoreCase)
                || (line.StartsWith($"  - {section}:", StringComparison.OrdinalIgnoreCase) && line.Contains(name, StringComparison.Ordinal))),
            $"no problem names {path}:{Environment.NewLine}{error}");
    }

    private Task<(int ExitCode, string Output, string Error)> CheckAsync(ConfigurationDocument document)
        => CommandRunner.RunAsync("check-config", "--config", document.WriteTo(directory));
}
