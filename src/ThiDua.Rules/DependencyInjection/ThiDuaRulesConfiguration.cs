using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ThiDua.Rules
{
    /// <summary>
    /// Applies a configuration section (an <c>appsettings.json</c> section such as <c>"ThiDuaRules"</c>) to the
    /// options. It reads the keys itself rather than through the generic binder, so that a misspelt key or a value
    /// that is not a number becomes a validation failure naming the key's full path, reported with every other
    /// problem when the host starts, instead of being ignored or thrown one at a time.
    /// </summary>
    internal sealed class ThiDuaRulesConfiguration : IConfigureOptions<ThiDuaRulesOptions>
    {
        internal const string RuleDirectoryKey = "RuleDirectory";
        internal const string MaxRuleFileBytesKey = "MaxRuleFileBytes";
        internal const string PinnedRegimeIdKey = "PinnedRegimeId";
        internal const string LimitsKey = "Limits";
        internal const string OpenPointsKey = "OpenPoints";
        internal const string OverlayDirectoriesKey = "OverlayDirectories";

        private static readonly string[] Keys = { RuleDirectoryKey, MaxRuleFileBytesKey, PinnedRegimeIdKey, LimitsKey, OpenPointsKey, OverlayDirectoriesKey };

        // The settable int limits of ThiDuaLimits, by name: a limit added there is configurable without a change here.
        private static readonly IReadOnlyDictionary<string, PropertyInfo> LimitProperties = typeof(ThiDuaLimits)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(int) && p.CanWrite)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

        // The open points of OpenPointSettings, by name: a point added there is configurable without a change here.
        private static readonly IReadOnlyDictionary<string, PropertyInfo> OpenPointProperties = typeof(OpenPointSettings)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(OpenPointTreatment) && p.CanWrite)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

        private readonly IConfiguration _section;

        public ThiDuaRulesConfiguration(IConfiguration section)
        {
            _section = section ?? throw new ArgumentNullException(nameof(section));
        }

        public void Configure(ThiDuaRulesOptions options)
        {
            var problems = new List<string>();
            string? directory = null;
            long? maxFileBytes = null;
            foreach (var setting in _section.GetChildren())
            {
                switch (Known(setting.Key, Keys))
                {
                    case RuleDirectoryKey:
                        directory = Text(setting, problems);
                        break;
                    case MaxRuleFileBytesKey:
                        maxFileBytes = Number(setting, 1, long.MaxValue, problems);
                        break;
                    case PinnedRegimeIdKey:
                        options.PinnedRegimeId = setting.Value;
                        options.ConfigurationPaths[nameof(ThiDuaRulesOptions) + "." + nameof(ThiDuaRulesOptions.PinnedRegimeId)] = setting.Path;
                        break;
                    case LimitsKey:
                        ConfigureLimits(setting, options, problems);
                        break;
                    case OpenPointsKey:
                        ConfigureOpenPoints(setting, options, problems);
                        break;
                    case OverlayDirectoriesKey:
                        ConfigureOverlays(setting, options, problems);
                        break;
                    default:
                        problems.Add($"'{setting.Path}' is not a ThiDua.Rules setting; the settings are {string.Join(", ", Keys)}.");
                        break;
                }
            }

            if (directory != null)
            {
                // FromDirectory only resolves the path; the files are read, and a missing folder reported, when the checker is created.
                options.Source = RuleSetSource.FromDirectory(directory, maxFileBytes ?? RuleSetSource.DefaultMaxFileBytes);
            }
            else if (maxFileBytes != null)
            {
                problems.Add($"'{Path(MaxRuleFileBytesKey)}' applies only to rule files read from '{Path(RuleDirectoryKey)}', which is not set.");
            }

            options.ConfigurationProblems.AddRange(problems);
        }

        private void ConfigureLimits(IConfigurationSection limits, ThiDuaRulesOptions options, List<string> problems)
        {
            if (limits.Value != null)
            {
                problems.Add($"'{limits.Path}' must be a section of limits (e.g. \"{LimitsKey}\": {{ \"MaxPeriods\": 100 }}), not the value '{limits.Value}'.");
                return;
            }

            foreach (var setting in limits.GetChildren())
            {
                if (!LimitProperties.TryGetValue(setting.Key, out var property))
                {
                    problems.Add($"'{setting.Path}' is not a limit of ThiDuaLimits; the limits are {string.Join(", ", LimitProperties.Keys.OrderBy(k => k, StringComparer.Ordinal))}.");
                    continue;
                }

                var value = Number(setting, int.MinValue, int.MaxValue, problems);
                if (value != null)
                {
                    property.SetValue(options.Limits, (int)value.Value);
                    options.ConfigurationPaths[nameof(ThiDuaLimits) + "." + property.Name] = setting.Path;
                }
            }
        }

        private static void ConfigureOpenPoints(IConfigurationSection openPoints, ThiDuaRulesOptions options, List<string> problems)
        {
            var names = string.Join(", ", OpenPointProperties.Keys.OrderBy(k => k, StringComparer.Ordinal));
            var treatments = string.Join(", ", Enum.GetNames(typeof(OpenPointTreatment)));
            if (openPoints.Value != null)
            {
                problems.Add($"'{openPoints.Path}' must be a section of open points (e.g. \"{OpenPointsKey}\": {{ \"CriminalSentenceBeingServed\": \"Excludes\" }}), not the value '{openPoints.Value}'.");
                return;
            }

            foreach (var setting in openPoints.GetChildren())
            {
                if (!OpenPointProperties.TryGetValue(setting.Key, out var property))
                {
                    problems.Add($"'{setting.Path}' is not an open point of OpenPointSettings; the open points are {names}.");
                    continue;
                }

                // By name only: a number would pass Enum.TryParse and hide which treatment the host meant.
                var treatment = Known(setting.Value ?? string.Empty, Enum.GetNames(typeof(OpenPointTreatment)));
                if (treatment == null)
                {
                    problems.Add($"'{setting.Path}' is '{setting.Value}', which is not one of: {treatments}.");
                    continue;
                }

                property.SetValue(options.OpenPoints, Enum.Parse(typeof(OpenPointTreatment), treatment));
            }
        }

        /// <summary>
        /// The overlay folders, as one folder or a list of folders, added in their order before any overlay added in code
        /// (configuration is applied first). A missing folder is reported when the checker is created, as in code.
        /// </summary>
        private static void ConfigureOverlays(IConfigurationSection overlays, ThiDuaRulesOptions options, List<string> problems)
        {
            var folders = overlays.Value != null ? new[] { overlays } : overlays.GetChildren().ToArray();
            foreach (var folder in folders)
            {
                if (folder.Value == null)
                {
                    problems.Add($"'{folder.Path}' must be a folder of overlay files, not a section.");
                    continue;
                }

                var path = Text(folder, problems);
                if (path != null)
                {
                    options.AddOverlay(OverlaySource.FromDirectory(path));
                }
            }
        }

        private string Path(string key) => _section is IConfigurationSection section ? ConfigurationPath.Combine(section.Path, key) : key;

        /// <summary>The canonical spelling of a key (configuration keys are case-insensitive), or null if it is unknown.</summary>
        private static string? Known(string key, IEnumerable<string> keys)
            => keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));

        private static string? Text(IConfigurationSection setting, List<string> problems)
        {
            if (string.IsNullOrWhiteSpace(setting.Value))
            {
                problems.Add($"'{setting.Path}' is empty; give a folder or remove the setting.");
                return null;
            }

            return setting.Value;
        }

        private static long? Number(IConfigurationSection setting, long min, long max, List<string> problems)
        {
            if (long.TryParse(setting.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            problems.Add($"'{setting.Path}' is '{setting.Value}', which is not a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }
    }
}
