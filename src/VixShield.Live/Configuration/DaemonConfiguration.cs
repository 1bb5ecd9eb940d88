using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using VixShield.Live.Adapters.InteractiveBrokers.Execution;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Adapters.Notifications.Email;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Adapters.Notifications.Webhooks;
using VixShield.Live.Adapters.Paper;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Engine.Execution;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Engine.Pipeline;

namespace VixShield.Live.Configuration;

/// <summary>Every options section bound and validated at once, with every problem collected.</summary>
/// <remarks>
/// Binding is done key by key rather than with one <c>Bind</c> call per section, so that a wrong type in one key does
/// not hide the others, an unknown key (a typo) is reported instead of ignored, and each message names the key, the
/// value and what is allowed. <c>check-config</c> prints the list; <c>run</c> refuses to start while it is not empty.
/// </remarks>
public sealed class DaemonConfiguration
{
    private static readonly string[] IgnoredSections = ["Serilog", "Logging"];

    private DaemonConfiguration()
    {
    }

    public DaemonOptions Daemon { get; } = new();

    public FeedOptions Feed { get; } = new();

    public SimulationOptions Simulation { get; } = new();

    public EngineOptions Engine { get; } = new();

    public AlertOptions Alerts { get; } = new();

    public HttpOptions Http { get; } = new();

    public ExecutionOptions Execution { get; } = new();

    public PaperBrokerOptions Paper { get; } = new();

    public WebhookAlertOptions Webhook { get; } = new();

    public EmailAlertOptions Email { get; } = new();

    public AlertDeliveryOptions Delivery { get; } = new();

    public SqliteStateOptions State { get; } = new();

    public AlvhOptions Alvh { get; private set; } = new();

    public InteractiveBrokersOptions InteractiveBrokers { get; } = new();

    public InteractiveBrokersExecutionOptions InteractiveBrokersExecution { get; } = new();

    /// <summary>The folder the relative paths of rulesets and the economic calendar start from.</summary>
    public string ContentRoot { get; private set; } = AppContext.BaseDirectory;

    public IReadOnlyList<ConfigurationProblem> Problems { get; private set; } = [];

    /// <param name="configPath">The configuration file, or null: a file in a folder named <c>config</c> makes that folder's
    /// parent the content root (a checkout or an install folder), otherwise the executable's folder is.</param>
    public static DaemonConfiguration Load(IConfiguration configuration, string? configPath = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var result = new DaemonConfiguration();
        if (configPath is not null && Path.GetDirectoryName(Path.GetFullPath(configPath)) is { } folder
            && string.Equals(Path.GetFileName(folder), "config", StringComparison.Ordinal) && Path.GetDirectoryName(folder) is { } root)
        {
            result.ContentRoot = root;
        }

        var alvh = new AlvhBinding();
        var problems = new List<ConfigurationProblem>();
        var sections = new (string Name, object Target)[]
        {
            (DaemonOptions.SectionName, result.Daemon),
            (FeedOptions.SectionName, result.Feed),
            (WarmUpOptions.SectionName, result.Feed.WarmUp),
            (SimulationOptions.SectionName, result.Simulation),
            (EngineOptions.SectionName, result.Engine),
            (AlertOptions.SectionName, result.Alerts),
            (HttpOptions.SectionName, result.Http),
            (ExecutionOptions.SectionName, result.Execution),
            (PaperBrokerOptions.SectionName, result.Paper),
            (WebhookAlertOptions.SectionName, result.Webhook),
            (EmailAlertOptions.SectionName, result.Email),
            (AlertDeliveryOptions.SectionName, result.Delivery),
            (SqliteStateOptions.SectionName, result.State),
            (AlvhOptions.SectionName, alvh),
            (InteractiveBrokersOptions.SectionName, result.InteractiveBrokers),
            (InteractiveBrokersExecutionOptions.SectionName, result.InteractiveBrokersExecution),
        };

        string[] topLevel = [.. sections.Select(s => s.Name).Where(name => !name.Contains(':', StringComparison.Ordinal)).Concat(IgnoredSections)];
        foreach (var child in configuration.GetChildren())
        {
            if (!topLevel.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(UnknownKey.Problem(child, topLevel, "section"));
            }
        }

        var nullability = new NullabilityInfoContext();
        foreach (var (name, target) in sections)
        {
            var nested = sections.Where(s => s.Name.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
                .Select(s => s.Name[(name.Length + 1)..]).ToArray();
            BindSection(configuration.GetSection(name), target, nested, nullability, problems);
        }

        result.Alvh = alvh.ToOptions();
        problems.AddRange(result.Alvh.ValidateFiles(result.ContentRoot).Select(message => new ConfigurationProblem(AlvhOptions.SectionName, null, message) { Verbatim = true }));
        problems.AddRange(result.Daemon.Validate());
        problems.AddRange(result.Feed.Validate());
        problems.AddRange(result.Feed.WarmUp.Validate());
        problems.AddRange(result.Simulation.Validate());
        problems.AddRange(ValidateEngine(result.Engine));
        problems.AddRange(result.Alerts.Validate());
        problems.AddRange(result.Http.Validate());
        problems.AddRange(AsConfigurationProblems(result.Execution.Validate()));
        problems.AddRange(AsConfigurationProblems(result.Paper.Validate()));
        problems.AddRange(AsConfigurationProblems(result.InteractiveBrokers.Validate()));
        problems.AddRange(AsConfigurationProblems(result.InteractiveBrokersExecution.ListProblems()));
        problems.AddRange(ValidateClientIds(result));

        // As the host does: a blank URL or host turns that destination off, and the settings of a destination that is off
        // are not used. A destination that is on is checked by the validation its sink runs at start.
        if (!string.IsNullOrWhiteSpace(result.Webhook.Url))
        {
            problems.AddRange(AsConfigurationProblems(result.Webhook.ListProblems()));
        }

        if (!string.IsNullOrWhiteSpace(result.Email.Host))
        {
            problems.AddRange(AsConfigurationProblems(result.Email.ListProblems()));
        }

        problems.AddRange(ValidateDestinationNames(result));

        problems.AddRange(AsConfigurationProblems(result.Delivery.ListProblems()));
        problems.AddRange(AsConfigurationProblems(result.State.ListProblems()));
        problems.AddRange(SerilogSettings.Validate(configuration.GetSection(SerilogSettings.SectionName)));
        result.Problems = problems;
        return result;
    }

    /// <param name="nestedSections">Child sections bound on their own (Execution:Paper inside Execution).</param>
    private static void BindSection(
        IConfigurationSection section, object target, string[] nestedSections, NullabilityInfoContext nullability, List<ConfigurationProblem> problems)
    {
        var properties = target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();
        foreach (var child in section.GetChildren())
        {
            if (nestedSections.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var property = properties.FirstOrDefault(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                problems.Add(UnknownKey.Problem(child, [.. properties.Select(p => p.Name), .. nestedSections], "key"));
                continue;
            }

            var type = property.PropertyType;
            if (DictionaryValueType(type) is { } valueType)
            {
                BindEntries(child, (IDictionary)property.GetValue(target)!, valueType, problems);
                continue;
            }

            var children = child.GetChildren().ToList();
            var isList = IsList(type);
            if (children.Count > 0 && !isList)
            {
                problems.Add(WrongShape(child.Path, Shape(children), Describe(type)));
                continue;
            }

            if (children.Count == 0 && child.Value is null)
            {
                // JSON null, {} or []: "not set", which only an optional key or a list may be.
                if (!isList && Nullable.GetUnderlyingType(type) is null && nullability.Create(property).WriteState != NullabilityState.Nullable)
                {
                    problems.Add(WrongShape(child.Path, "empty (null, {} or [])", Describe(type)));
                }

                continue;
            }

            if (isList && !children.TrueForAll(item => int.TryParse(item.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                problems.Add(WrongShape(child.Path, Shape(children), Describe(type)));
                continue;
            }

            var badItems = children.Where(item => item.Value is null).ToList();
            if (badItems.Count > 0)
            {
                problems.AddRange(badItems.Select(item => WrongShape(item.Path, Shape(item.GetChildren().ToList()), Describe(typeof(string)))));
                continue;
            }

            try
            {
                var value = child.Get(type, options => options.ErrorOnUnknownConfiguration = true);
                if (value is not null)
                {
                    property.SetValue(target, value);
                }
            }
            catch (InvalidOperationException)
            {
                problems.Add(new ConfigurationProblem(child.Path, child.Value, Describe(type)));
            }
        }
    }

    /// <summary>Binds a map (such as Alerts:Webhook:Types) entry by entry, so each bad entry is named on its own.</summary>
    private static void BindEntries(IConfigurationSection map, IDictionary target, Type valueType, List<ConfigurationProblem> problems)
    {
        if (map.Value is not null)
        {
            problems.Add(new ConfigurationProblem(map.Path, map.Value, DescribeMap(valueType)));
            return;
        }

        foreach (var entry in map.GetChildren())
        {
            if (entry.Value is null)
            {
                problems.Add(WrongShape(entry.Path, Shape(entry.GetChildren().ToList()), Describe(valueType)));
                continue;
            }

            try
            {
                target[entry.Key] = entry.Get(valueType);
            }
            catch (InvalidOperationException)
            {
                problems.Add(new ConfigurationProblem(entry.Path, entry.Value, Describe(valueType)));
            }
        }
    }

    private static ConfigurationProblem WrongShape(string key, string shape, string allowed) =>
        new(key, shape, $"{key} is {shape}; allowed: {allowed}") { Verbatim = true };

    /// <summary>An object or list found where a single value belongs, in words.</summary>
    private static string Shape(List<IConfigurationSection> children)
    {
        if (children.Count == 0)
        {
            return "empty (null, {} or [])";
        }

        var isList = children.Select((child, index) => child.Key == index.ToString(CultureInfo.InvariantCulture)).All(matches => matches);
        return isList
            ? string.Create(CultureInfo.InvariantCulture, $"a list of {children.Count} value(s)")
            : "an object with the key(s) " + string.Join(", ", children.Select(child => child.Key));
    }

    private static IEnumerable<ConfigurationProblem> AsConfigurationProblems(IEnumerable<(string Key, string? Value, string Allowed)> problems) =>
        problems.Select(p => new ConfigurationProblem(p.Key, p.Value, p.Allowed));

    /// <summary>TWS allows one connection per client id, so the feed and the broker connection need different ones.</summary>
    private static IEnumerable<ConfigurationProblem> ValidateClientIds(DaemonConfiguration configuration)
    {
        if (configuration.Feed.Kind == FeedOptions.InteractiveBrokers && configuration.Execution.Adapter == ExecutionOptions.InteractiveBrokersAdapter
            && configuration.InteractiveBrokers.ClientId == configuration.InteractiveBrokersExecution.ClientId)
        {
            yield return new ConfigurationProblem(
                $"{InteractiveBrokersExecutionOptions.SectionName}:ClientId",
                Text(configuration.InteractiveBrokersExecution.ClientId),
                $"a client id other than {InteractiveBrokersOptions.SectionName}:ClientId ({Text(configuration.InteractiveBrokers.ClientId)}): the feed and the broker each need their own connection to TWS");
        }
    }

    /// <summary>The outbox keeps each destination's delivery position under its name, so two destinations that are on
    /// need different names (compared ignoring case, as they are read in /health and /metrics).</summary>
    private static IEnumerable<ConfigurationProblem> ValidateDestinationNames(DaemonConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration.Webhook.Url) && !string.IsNullOrWhiteSpace(configuration.Email.Host)
            && string.Equals(configuration.Webhook.Name, configuration.Email.Name, StringComparison.OrdinalIgnoreCase))
        {
            const string WebhookName = $"{WebhookAlertOptions.SectionName}:{nameof(WebhookAlertOptions.Name)}";
            yield return new ConfigurationProblem(
                $"{EmailAlertOptions.SectionName}:{nameof(EmailAlertOptions.Name)}",
                configuration.Email.Name,
                $"a name other than {WebhookName} ('{configuration.Webhook.Name}', in any case): each destination keeps its delivery position in the outbox under its own name");
        }
    }

    private static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) && type.GetGenericArguments() is [var key, var value] && key == typeof(string)
            ? value
            : null;

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable<string>).IsAssignableFrom(type);

    /// <summary>What a key of <paramref name="type"/> allows, in an operator's words.</summary>
    private static string Describe(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Describe(underlying) + ", or empty for none";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(TimeSpan))
        {
            return "a duration written hh:mm:ss, such as 00:00:30";
        }

        if (type == typeof(double) || type == typeof(decimal))
        {
            return "a number written with a '.' decimal point";
        }

        if (type.IsEnum)
        {
            return "one of: " + string.Join(", ", Enum.GetNames(type));
        }

        if (type == typeof(string))
        {
            return "text (a single value, not an object or a list)";
        }

        if (IsList(type))
        {
            return "a list of text values: a JSON array such as [\"a\", \"b\"], or one variable per item (__0, __1, ...) in the environment";
        }

        return DictionaryValueType(type) is { } valueType ? DescribeMap(valueType) : "a single value";
    }

    private static string DescribeMap(Type valueType) =>
        $"an object whose keys are alert type prefixes (such as feed or feed.stale) and whose values are each {Describe(valueType)}";

    private static IEnumerable<ConfigurationProblem> ValidateEngine(EngineOptions engine)
    {
        const string Section = EngineOptions.SectionName;
        if (engine.InboundCapacity is < 1_024 or > 4_194_304)
        {
            yield return new ConfigurationProblem($"{Section}:InboundCapacity", Text(engine.InboundCapacity), "a whole number from 1024 to 4194304");
        }

        if (engine.AlertCapacity is < 64 or > 1_048_576)
        {
            yield return new ConfigurationProblem($"{Section}:AlertCapacity", Text(engine.AlertCapacity), "a whole number from 64 to 1048576");
        }

        if (engine.AlertBatchSize < 1 || engine.AlertBatchSize > engine.AlertCapacity)
        {
            yield return new ConfigurationProblem($"{Section}:AlertBatchSize", Text(engine.AlertBatchSize), "a whole number from 1 to Engine:AlertCapacity");
        }

        if (engine.StaleFeedAfter < TimeSpan.FromSeconds(1) || engine.StaleFeedAfter > TimeSpan.FromHours(1))
        {
            yield return new ConfigurationProblem($"{Section}:StaleFeedAfter", engine.StaleFeedAfter.ToString(), "a duration from 00:00:01 to 01:00:00");
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
