using System.Collections.Concurrent;
using System.Text.Json;

namespace ThiDua.Rules.Tests.Cases;

/// <summary>
/// The host settings a worked example may state (<c>"openPoints": { "disciplineInForceFromEarlierPeriod": "excludes" }</c>),
/// for cases that show how a condition reads once the host has decided an open point of law; and one checker per
/// distinct setting, created once.
/// </summary>
public static class CaseOpenPoints
{
    private static readonly ConcurrentDictionary<string, IEligibilityChecker> Checkers = new(StringComparer.Ordinal);

    /// <summary>The settings a case file states, or <see langword="null"/> when it states none (the defaults).</summary>
    /// <exception cref="FormatException">A setting or value the options do not have.</exception>
    public static OpenPointSettings? Read(JsonElement root)
    {
        if (!root.TryGetProperty("openPoints", out var stated) || stated.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var settings = new OpenPointSettings();
        foreach (var member in stated.EnumerateObject())
        {
            var property = typeof(OpenPointSettings).GetProperty(char.ToUpperInvariant(member.Name[0]) + member.Name.Substring(1))
                ?? throw new FormatException($"'{member.Name}' is not an open point of ThiDuaRulesOptions.OpenPoints");
            if (!Enum.TryParse<OpenPointTreatment>(member.Value.GetString(), ignoreCase: true, out var treatment) || !Enum.IsDefined(treatment))
            {
                throw new FormatException($"'{member.Value}' is not an OpenPointTreatment");
            }

            property.SetValue(settings, treatment);
        }

        return settings;
    }

    /// <summary>A key naming the settings, so that cases with the same settings share a checker.</summary>
    public static string Key(OpenPointSettings settings)
        => string.Join(";", typeof(OpenPointSettings).GetProperties().Select(p => p.Name + "=" + p.GetValue(settings)));

    /// <summary>The shipped rules' checker for <paramref name="settings"/>: the shared default one when there are none.</summary>
    public static IEligibilityChecker CheckerFor(OpenPointSettings? settings)
        => settings == null ? ThiDuaRules.Default : Checkers.GetOrAdd(Key(settings), _ => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { OpenPoints = settings }));
}
