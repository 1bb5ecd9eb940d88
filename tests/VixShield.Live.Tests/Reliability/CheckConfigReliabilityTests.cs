using System.Text.Json.Nodes;
using VixShield.Live.Adapters.Notifications.Email;
using VixShield.Live.Adapters.Notifications.Webhooks;
using VixShield.Live.Configuration;
using VixShield.Live.Testing;
using VixShield.Live.Tests.Commands;

namespace VixShield.Live.Tests.Reliability;

/// <summary>Every option of every section, found by reflection over the options classes, given a value of the wrong
/// type, an empty value, values at and beyond its type's edges, and (where required) no value, through
/// <c>vixshield check-config</c> in process: each refusal must name the key.</summary>
/// <remarks>The base document switches every remote destination on, so their settings are validated as they would be
/// in production. Every key is covered: a key with a known defect belongs in a skipped test, never dropped from a theory.</remarks>
public sealed class CheckConfigReliabilityTests : IDisposable
{
    /// <summary>Text options the daemon cannot work without; an empty value must be refused.</summary>
    private static readonly string[] RequiredText =
    [
        "Daemon:DataDirectory", "Feed:Kind", "Feed:Speed", "Feed:BadRows", "Feed:WarmUp:BadRows", "Alerts:JsonlFile", "Http:BindAddress", "Execution:Adapter",
        "Execution:Paper:AccountId", "Alerts:Email:From", "State:FileName", "Alvh:Ruleset", "Alvh:RulesetFolder", "Alvh:EconomicCalendarFile",
        "InteractiveBrokers:Host",
    ];

    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-config-reliability-").FullName;

    public static TheoryData<string> TypedKeys => new(ConfigurationKey.All.Where(k => k.Kind != ConfigurationValueKind.Other).Select(k => k.Path));

    /// <summary>Non-nullable scalars: for a nullable one (State:MaximumFileSizeBytes) empty documentedly means "unset".</summary>
    public static TheoryData<string> ScalarKeys => new(ConfigurationKey.All.Where(IsNonNullableScalar).Select(k => k.Path));

    public static TheoryData<string> RangedKeys => new(ConfigurationKey.All
        .Where(k => k.Kind is ConfigurationValueKind.Number or ConfigurationValueKind.Duration or ConfigurationValueKind.Choice)
        .Select(k => k.Path));

    public static TheoryData<string> TextKeys => new(ConfigurationKey.All.Where(k => k.Kind == ConfigurationValueKind.Text).Select(k => k.Path));

    public static TheoryData<string> RequiredTextKeys => new(RequiredText);

    [Fact]
    public void ConfigurationKeys_Reflection_FindsEverySectionTheDaemonBinds()
    {
        var sections = ConfigurationKey.All.Select(k => k.Section).Distinct().ToList();

        Assert.Superset(
            new HashSet<string> { "Daemon", "Feed", "Simulation", "Engine", "Alerts", "Http", "Execution", "Execution:Paper", "Alerts:Webhook", "Alerts:Email", "Alerts:Delivery", "State", "Feed:WarmUp" },
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
    [MemberData(nameof(TypedKeys))]
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

    [Fact]
    public async Task CheckConfig_RulesetFolderWithoutTheRuleset_IsRefusedNamingBothKeysTheValueOnceAndTheRulesetsThere()
    {
        var folder = Directory.CreateDirectory(Path.Combine(directory, "rulesets-without-signal-layers")).FullName;
        File.Copy(RepositoryPaths.Path("config", "rulesets", "ladder-442.json"), Path.Combine(folder, "ladder-442.json"));

        var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With("Alvh:RulesetFolder", folder));

        Assert.Equal(2, exitCode);
        var line = Assert.Single(error.Split('\n'), l => l.Contains(folder, StringComparison.Ordinal));
        Assert.Contains("Alvh:Ruleset is 'signal-layers'", line, StringComparison.Ordinal);
        Assert.Contains("Alvh:RulesetFolder", line, StringComparison.Ordinal);
        Assert.EndsWith("allowed: one of the rulesets in that folder: ladder-442", line.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(line.IndexOf(folder, StringComparison.Ordinal), line.LastIndexOf(folder, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckConfig_RulesetFolderThatDoesNotExist_IsRefusedNamingTheKeyAndTheValueOnce()
    {
        var folder = new string('x', 300);

        var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With("Alvh:RulesetFolder", folder));

        Assert.Equal(2, exitCode);
        var line = Assert.Single(error.Split('\n'), l => l.Contains(folder, StringComparison.Ordinal));
        Assert.StartsWith($"  - Alvh:RulesetFolder is '{folder}' (relative to ", line, StringComparison.Ordinal);
        Assert.Contains("which is not a folder; allowed: the folder holding the ruleset files", line, StringComparison.Ordinal);
        Assert.Equal(line.IndexOf(folder, StringComparison.Ordinal), line.LastIndexOf(folder, StringComparison.Ordinal));
    }

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
    [InlineData("Alerts:Delivery:BatchSize", "0", "Alerts:Delivery:MaxRetryAttempts", "0")]
    [InlineData("State:BusyTimeout", "-00:00:01", "State:MaximumFileSizeBytes", "1")]
    [InlineData("Alerts:Webhook:Format", "99", "Alerts:Webhook:DefaultMode", "3")]
    [InlineData("Alerts:Email:SendTimeout", "00:00:00", "Alerts:Email:Port", "0")]
    [InlineData("InteractiveBrokers:Execution:ClientId", "-1", "InteractiveBrokers:Execution:RequestTimeout", "00:00:00")]
    public async Task CheckConfig_TwoBadKeysInOneSection_ListsBoth(string first, string firstValue, string second, string secondValue)
    {
        var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With(first, firstValue).With(second, secondValue));

        Assert.Equal(2, exitCode);
        AssertNamed(first, error);
        AssertNamed(second, error);
    }

    [Fact]
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

    [Fact]
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

    /// <summary>JSON null, <c>{}</c> and <c>[]</c> all reach the binder as "no value": a key that must have one must say so,
    /// not silently keep its default.</summary>
    [Theory]
    [MemberData(nameof(TypedKeys))]
    public async Task CheckConfig_NullOrEmptyObjectOrList_IsAcceptedOrRefusedNamingTheKey(string path)
    {
        var mustRefuse = IsNonNullableScalar(Key(path)) || RequiredText.Contains(path);
        foreach (var empty in new JsonNode?[] { null, new JsonObject(), new JsonArray() })
        {
            var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With(path, empty));

            Assert.True(exitCode == 2 || (exitCode == 0 && !mustRefuse), $"{path} = {empty?.ToJsonString() ?? "null"}: exit {exitCode}: {error}");
            if (exitCode == 2)
            {
                AssertNamed(path, error);
            }
        }
    }

    /// <summary>Values of the right form that <c>run</c> could not honour (a date at the calendar's end, a pace whose waits
    /// overflow a timer, a duration past the last year) are refused by both commands, naming the key.</summary>
    [Theory]
    [InlineData("Feed:Start", "9999-12-27")]
    [InlineData("Feed:Start", "1899-12-29")]
    [InlineData("Feed:Speed", "1e-300")]
    [InlineData("Feed:Speed", "0.01")]
    [InlineData("Feed:Duration", "99999999d")]
    [InlineData("Feed:Duration", "2147483647h")]
    [InlineData("Feed:Duration", "2147483647m")]
    public async Task CheckConfigAndRun_FeedValueOutsideWhatTheRunCanHonour_AreRefusedNamingTheKey(string path, string value)
    {
        var file = new ConfigurationDocument().With(path, value).WriteTo(directory);

        var check = await CommandRunner.RunAsync("check-config", "--config", file);
        var run = await CommandRunner.RunAsync("run", "--config", file);

        Assert.Equal(2, check.ExitCode);
        Assert.Contains($"  - {path} = '{value}' is not allowed: ", check.Error, StringComparison.Ordinal);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(ProblemLines(check.Error), ProblemLines(run.Error));
    }

    [Theory]
    [InlineData("Feed:Start", "1900-01-02")]
    [InlineData("Feed:Speed", "0.1")]
    [InlineData("Feed:Speed", "1e308")]
    [InlineData("Feed:Duration", "25200d")]
    public async Task CheckConfig_FeedValueAtTheEdgeOfItsRange_IsAccepted(string path, string value)
    {
        var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With(path, value));

        Assert.True(exitCode == 0, error);
    }

    /// <summary>The Serilog section is read when <c>run</c> builds its logger: a bad level must be a check-config problem,
    /// not an unhandled exception at start.</summary>
    [Theory]
    [InlineData("Serilog:MinimumLevel:Default", "Bogus")]
    [InlineData("Serilog:MinimumLevel:Default", "")]
    [InlineData("Serilog:MinimumLevel:Default", "99")]
    [InlineData("Serilog:MinimumLevel:Override:Microsoft", "Loudly")]
    [InlineData("Serilog:MinimumLevel:Override:Microsoft", "")]
    [InlineData("Serilog:MinimumLevel:ControlledBy", "$undeclared")]
    [InlineData("Serilog:MinimumLevel", "Bogus")]
    [InlineData("Serilog:LevelSwitches:$console", "Bogus")]
    public async Task CheckConfig_BadSerilogLevel_IsRefusedNamingTheKey(string path, string value)
    {
        var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With(path, value));

        Assert.Equal(2, exitCode);
        Assert.Contains($"  - {path} = '{value}' is not allowed: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Serilog:MinimumLevel:Default", "debug")]
    [InlineData("Serilog:MinimumLevel:Override:Microsoft", "Error")]
    [InlineData("Serilog:MinimumLevel", "Warning")]
    public async Task CheckConfig_SerilogLevelByName_IsAccepted(string path, string value)
    {
        var (exitCode, _, error) = await CheckAsync(new ConfigurationDocument().With(path, value));

        Assert.True(exitCode == 0, error);
    }

    /// <summary><c>run</c> validates with the same code: every value check-config refuses stops <c>run</c> with exit 2, the same
    /// problem lines and no stack trace, before anything starts.</summary>
    [Theory]
    [MemberData(nameof(TypedKeys))]
    public async Task Run_ValueCheckConfigRefuses_ExitsTwoWithTheSameProblemsAndNoStackTrace(string path)
    {
        foreach (var value in Key(path).ExtremeValues)
        {
            var file = new ConfigurationDocument().With(path, value).WriteTo(directory);
            var check = await CommandRunner.RunAsync("check-config", "--config", file);
            if (check.ExitCode != 2)
            {
                continue;
            }

            var run = await CommandRunner.RunAsync("run", "--config", file);

            Assert.True(run.ExitCode == 2, $"{path} = '{value}': run exit {run.ExitCode}: {run.Error}");
            Assert.Equal(ProblemLines(check.Error), ProblemLines(run.Error));
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_SerilogSectionSerilogCannotLoad_ExitsTwoNamingTheSectionWithoutAStackTrace()
    {
        var file = new ConfigurationDocument()
            .With("Daemon:DataDirectory", Path.Combine(directory, "data"))
            .With("Feed:Speed", "max")
            .With("Feed:Duration", "1d")
            .With("Http:Port", "0")
            .With("Serilog:Using", new JsonArray("No.Such.Serilog.Sink.Assembly"))
            .WriteTo(directory);

        var check = await CommandRunner.RunAsync("check-config", "--config", file);
        var run = await CommandRunner.RunAsync("run", "--config", file);

        Assert.Equal(0, check.ExitCode);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: logging cannot start; check the Serilog section of the configuration", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    /// <summary><c>events-log</c> is the event log's name in the outbox, and each destination keeps its position under
    /// its own name: a clash used to stop <c>run</c> at start with an exception naming no setting.</summary>
    [Theory]
    [InlineData("Alerts:Webhook:Name", "events-log", "Alerts:Webhook:Name = 'events-log' is not allowed: any name but 'events-log' (in any case)")]
    [InlineData("Alerts:Email:Name", "Events-Log", "Alerts:Email:Name = 'Events-Log' is not allowed: any name but 'events-log' (in any case)")]
    [InlineData("Alerts:Email:Name", "webhook", "Alerts:Email:Name = 'webhook' is not allowed: a name other than Alerts:Webhook:Name ('webhook', in any case)")]
    [InlineData("Alerts:Webhook:Name", "Email", "Alerts:Email:Name = 'email' is not allowed: a name other than Alerts:Webhook:Name ('Email', in any case)")]
    [InlineData("Alerts:Webhook:Name", " webhook", "Alerts:Webhook:Name = ' webhook' is not allowed: a stable name for the destination of 1 to 100 characters without surrounding spaces")]
    public async Task CheckConfigAndRun_DestinationNameReservedOrTaken_AreRefusedNamingTheKeyTheValueAndWhatIsAllowed(string path, string value, string expected)
    {
        var file = new ConfigurationDocument().With(path, value).WriteTo(directory);

        var check = await CommandRunner.RunAsync("check-config", "--config", file);
        var run = await CommandRunner.RunAsync("run", "--config", file);

        Assert.Equal(2, check.ExitCode);
        Assert.Contains("  - " + expected, check.Error, StringComparison.Ordinal);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(ProblemLines(check.Error), ProblemLines(run.Error));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A misspelt key is named with the known key it is nearest to, and its value is never shown: the typo can
    /// be in the very word that marks a secret (Pasword, Ulr), so no rule on the name could tell a secret apart.</summary>
    [Theory]
    [InlineData("Alerts:Email:Pasword", "Alerts:Email:Pasword", "Alerts:Email:Password")]
    [InlineData("Alerts:Webhook:Ulr", "Alerts:Webhook:Ulr", "Alerts:Webhook:Url")]
    [InlineData("Http:ControlTokne", "Http:ControlTokne", "Http:ControlToken")]
    [InlineData("Serilog:MinimumLevel:Defualt", "Serilog:MinimumLevel:Defualt", "Serilog:MinimumLevel:Default")]
    [InlineData("Alerts:Webhok:Url", "Alerts:Webhok", "Alerts:Webhook")]
    [InlineData("Alertz:Webhook:Url", "Alertz", "Alerts")]
    public async Task CheckConfigAndRun_MisspeltKey_NameItAndTheNearestKnownKeyButNeverItsValue(string path, string reported, string suggested)
    {
        const string Secret = "https://hooks.example.com/services/T0/B0/Sup3rSecretValue";
        var file = new ConfigurationDocument().With(path, Secret).WriteTo(directory);

        var check = await CommandRunner.RunAsync("check-config", "--config", file);
        var run = await CommandRunner.RunAsync("run", "--config", file);

        Assert.Equal(2, check.ExitCode);
        var line = Assert.Single(ProblemLines(check.Error));
        Assert.StartsWith($"  - {reported} is not a known ", line, StringComparison.Ordinal);
        Assert.Contains($"did you mean {suggested}?", line, StringComparison.Ordinal);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(ProblemLines(check.Error), ProblemLines(run.Error));
        Assert.All(new[] { check.Output, check.Error, run.Output, run.Error }, text => Assert.DoesNotContain("Sup3rSecret", text, StringComparison.Ordinal));
    }

    /// <summary>The known secrets (webhook URL, SMTP password, control token) in forms that are refused: the refusal
    /// names the key and never repeats the secret, whole or in part.</summary>
    [Theory]
    [InlineData("Alerts:Webhook:Url", "\"ftp://ops:Sup3rSecretValue@hooks.example.com/Sup3rSecretValue\"")]
    [InlineData("Alerts:Webhook:Url", "\"hooks.example.com/services/Sup3rSecretValue\"")]
    [InlineData("Alerts:Webhook:Url", "{ \"token\": \"Sup3rSecretValue\" }")]
    [InlineData("Alerts:Webhook:Url", "[ \"https://hooks.example.com/Sup3rSecretValue\" ]")]
    [InlineData("Alerts:Email:Password", "\"Sup3rSecretValue\"")]
    [InlineData("Alerts:Email:Password", "[ \"Sup3rSecretValue\", \"x\" ]")]
    [InlineData("Http:ControlToken", "\"Sup3rSecret\"")]
    [InlineData("Http:ControlToken", "{ \"value\": \"Sup3rSecretValue\" }")]
    public async Task CheckConfigAndRun_SecretSettingRefused_NamesTheKeyButNeverTheSecret(string path, string json)
    {
        var file = new ConfigurationDocument().With(path, JsonNode.Parse(json)).WriteTo(directory);

        var check = await CommandRunner.RunAsync("check-config", "--config", file);
        var run = await CommandRunner.RunAsync("run", "--config", file);

        Assert.Equal(2, check.ExitCode);
        AssertNamed(path, check.Error);
        Assert.Equal(2, run.ExitCode);
        Assert.All(new[] { check.Output, check.Error, run.Output, run.Error }, text => Assert.DoesNotContain("Sup3rSecret", text, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static List<string> ProblemLines(string error) =>
        [.. error.Split('\n').Where(line => line.StartsWith("  - ", StringComparison.Ordinal))];

    private static bool IsNonNullableScalar(ConfigurationKey key) =>
        key.Kind is ConfigurationValueKind.Number or ConfigurationValueKind.Duration or ConfigurationValueKind.Flag or ConfigurationValueKind.Choice
        && Nullable.GetUnderlyingType(key.Property.PropertyType) is null;

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
