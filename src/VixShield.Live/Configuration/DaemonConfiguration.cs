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

        foreach (var child in configuration.GetChildren())
        {
            if (!sections.Any(s => string.Equals(s.Name, child.Key, StringComparison.OrdinalIgnoreCase))
                && !IgnoredSections.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new ConfigurationProblem(child.Key, child.Value ?? "(section)",
                    "not a known section; known sections: " + string.Join(", ", sections.Select(s => s.Name).Concat(IgnoredSections))));
            }
        }

        foreach (var (name, target) in sections)
        {
            var nested = sections.Where(s => s.Name.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
                .Select(s => s.Name[(name.Length + 1)..]).ToArray();
            BindSection(configuration.GetSection(name), target, nested, problems);
        }

        result.Alvh = alvh.ToOptions();
        problems.AddRange(result.Alvh.ValidateFiles(result.ContentRoot).Select(message => new ConfigurationProblem(AlvhOptions.SectionName, null, message) { Verbatim = true }));
        problems.AddRange(result.Daemon.Validate());
        problems.AddRange(result.Feed.Validate());
        problems.AddRange(result.Simulation.Validate());
        problems.AddRange(ValidateEngine(result.Engine));
        problems.AddRange(result.Alerts.Validate());
        problems.AddRange(result.Http.Validate());
        problems.AddRange(result.Execution.Validate().Select(p => new ConfigurationProblem(p.Key, p.Value, p.Allowed)));
        problems.AddRange(result.Paper.Validate().Select(p => new ConfigurationProblem(p.Key, p.Value, p.Allowed)));
        problems.AddRange(result.InteractiveBrokers.Validate().Select(p => new ConfigurationProblem(p.Key, p.Value, p.Allowed)));
        problems.AddRange(ValidateRemoteSinks(result.Webhook, result.Email));
        Check(AlertDeliveryOptions.SectionName, result.Delivery.Validate, problems);
        Check(InteractiveBrokersExecutionOptions.SectionName, result.InteractiveBrokersExecution.Validate, problems);
        Check(SqliteStateOptions.SectionName, result.State.Validate, problems);
        result.Problems = problems;
        return result;
    }

    /// <param name="nestedSections">Child sections bound on their own (Execution:Paper inside Execution).</param>
    private static void BindSection(IConfigurationSection section, object target, string[] nestedSections, List<ConfigurationProblem> problems)
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
                problems.Add(new ConfigurationProblem(child.Path, child.Value ?? "(section)",
                    "not a known key; known keys: " + string.Join(", ", properties.Select(p => p.Name))));
                continue;
            }

            try
            {
                var value = child.Get(property.PropertyType, options => options.ErrorOnUnknownConfiguration = true);
                if (value is not null)
                {
                    property.SetValue(target, value);
                }
            }
            catch (InvalidOperationException)
            {
                problems.Add(new ConfigurationProblem(child.Path, child.Value, Describe(property.PropertyType)));
            }
        }
    }

    /// <summary>The webhook URL and SMTP password are secrets: a problem names the key and never echoes the value.</summary>
    private static IEnumerable<ConfigurationProblem> ValidateRemoteSinks(WebhookAlertOptions webhook, EmailAlertOptions email)
    {
        if (!string.IsNullOrWhiteSpace(webhook.Url)
            && !(Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
        {
            yield return new ConfigurationProblem($"{WebhookAlertOptions.SectionName}:Url", "(hidden: it is a secret)", "an absolute http:// or https:// URL, or empty to turn the webhook off");
        }

        if (!string.IsNullOrWhiteSpace(email.Host))
        {
            if (email.Port is < 1 or > 65535)
            {
                yield return new ConfigurationProblem($"{EmailAlertOptions.SectionName}:Port", email.Port.ToString(CultureInfo.InvariantCulture), "a TCP port from 1 to 65535");
            }

            if (string.IsNullOrWhiteSpace(email.From))
            {
                yield return new ConfigurationProblem($"{EmailAlertOptions.SectionName}:From", null, "a sender address when Alerts:Email:Host is set");
            }

            if (email.To.Count == 0)
            {
                yield return new ConfigurationProblem($"{EmailAlertOptions.SectionName}:To", null, "at least one recipient when Alerts:Email:Host is set");
            }
        }
    }

    /// <summary>Runs a validator that throws on the first problem (its message names key, value and range) and keeps it.</summary>
    private static void Check(string section, Action validate, List<ConfigurationProblem> problems)
    {
        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            problems.Add(new ConfigurationProblem(section, null, ex.Message.Split(" (Parameter", 2)[0]) { Verbatim = true });
        }
    }

    private static string Describe(Type type)
    {
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

        return "a value of type " + type.Name;
    }

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
