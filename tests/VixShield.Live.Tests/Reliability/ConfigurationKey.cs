using System.Globalization;
using System.Reflection;
using VixShield.Live.Configuration;

namespace VixShield.Live.Tests.Reliability;

/// <summary>One configuration key, found by reflection over the options classes <see cref="DaemonConfiguration"/> binds.</summary>
internal sealed record ConfigurationKey(string Section, PropertyInfo Property)
{
    /// <summary>Every key of every section, in declaration order: whatever section or option is added later is covered too.</summary>
    public static IReadOnlyList<ConfigurationKey> All { get; } = Discover();

    public string Path => Section + ":" + Property.Name;

    public Type ValueType => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;

    public ConfigurationValueKind Kind
    {
        get
        {
            var type = ValueType;
            if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal))
            {
                return ConfigurationValueKind.Number;
            }

            if (type == typeof(TimeSpan))
            {
                return ConfigurationValueKind.Duration;
            }

            if (type == typeof(bool))
            {
                return ConfigurationValueKind.Flag;
            }

            if (type.IsEnum)
            {
                return ConfigurationValueKind.Choice;
            }

            if (type == typeof(string))
            {
                return ConfigurationValueKind.Text;
            }

            if (typeof(IEnumerable<string>).IsAssignableFrom(type))
            {
                return ConfigurationValueKind.TextList;
            }

            return type.IsGenericType && type.GetGenericArguments() is [var keyType, var valueType] && keyType == typeof(string) && valueType.IsEnum
                ? ConfigurationValueKind.ModesByPrefix
                : ConfigurationValueKind.Other;
        }
    }

    /// <summary>Values at and beyond the edges of the key's type, as configuration text: each must be refused naming the
    /// key, or accepted; a number, duration or choice with no refused edge at all has no range check.</summary>
    public IReadOnlyList<string> ExtremeValues => Kind switch
    {
        ConfigurationValueKind.Number when ValueType == typeof(int) => ["-2147483648", "-1", "0", "2147483647"],
        ConfigurationValueKind.Number when ValueType == typeof(long) => ["-9223372036854775808", "-1", "0", "9223372036854775807"],
        ConfigurationValueKind.Number when ValueType == typeof(double) => ["-1e308", "-1", "0", "NaN", "Infinity", "1e308"],
        ConfigurationValueKind.Number => ["-79228162514264337593543950335", "-1", "0", "79228162514264337593543950335"],
        ConfigurationValueKind.Duration => ["-10675199.02:48:05.4775808", "-00:00:01", "00:00:00", "10675199.02:48:05.4775807"],
        ConfigurationValueKind.Choice => ["-1", "99", Text(Enum.GetValues(ValueType).Cast<object>().Select(Convert.ToInt64).Max() + 1)],
        ConfigurationValueKind.Text => [string.Empty, "   ", new string('x', 5000)],
        _ => [],
    };

    public override string ToString() => Path;

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static List<ConfigurationKey> Discover()
    {
        var keys = new List<ConfigurationKey>();
        foreach (var section in typeof(DaemonConfiguration).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (section.PropertyType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is not string name)
            {
                continue;
            }

            keys.AddRange(section.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.CanWrite)
                .Select(property => new ConfigurationKey(name, property)));
            // A section held by another (Feed:WarmUp in Feed) is a get-only property of a type with its own section name.
            foreach (var nested in section.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => !property.CanWrite))
            {
                if (nested.PropertyType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is string nestedName)
                {
                    keys.AddRange(nested.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                        .Where(property => property.CanWrite)
                        .Select(property => new ConfigurationKey(nestedName, property)));
                }
            }
        }

        return keys;
    }
}
