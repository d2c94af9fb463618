using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ThiDua.Rules
{
    /// <summary>
    /// Where rule data comes from: the rule sets embedded in this package, or a folder the host supplies (for
    /// newer data or local regulations). Either way the data goes through the same validation.
    /// </summary>
    public sealed class RuleSetSource
    {
        private const string ResourcePrefix = "ThiDua.Rules.RuleSets/";

        private readonly Func<IReadOnlyList<KeyValuePair<string, string>>> _read;

        private RuleSetSource(string description, Func<IReadOnlyList<KeyValuePair<string, string>>> read)
        {
            Description = description;
            _read = read;
        }

        /// <summary>The rule sets shipped in this package.</summary>
        public static RuleSetSource Embedded { get; } = new RuleSetSource("embedded rule sets", ReadEmbedded);

        /// <summary>What the source is, for error messages.</summary>
        public string Description { get; }

        /// <summary>
        /// Rule sets in a folder laid out like the embedded ones: <c>&lt;regime&gt;/regime.json</c>,
        /// <c>&lt;regime&gt;/awards/*.json</c> and <c>&lt;regime&gt;/shared/*.json</c>.
        /// </summary>
        /// <param name="path">The folder.</param>
        /// <returns>The source. Files are read when a checker is created from it.</returns>
        public static RuleSetSource FromDirectory(string path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            var root = Path.GetFullPath(path);
            return new RuleSetSource("rule sets in " + root, () => ReadDirectory(root));
        }

        /// <summary>
        /// Rule files held in memory, as (path relative to the rule-set root with '/' separators, JSON text) pairs.
        /// Used by tests that mutate the shipped data without touching the disk.
        /// </summary>
        internal static RuleSetSource FromFiles(string description, IReadOnlyList<KeyValuePair<string, string>> files)
            => new RuleSetSource(description, () => files.OrderBy(f => f.Key, StringComparer.Ordinal).ToList());

        /// <summary>The files, as (path relative to the root with '/' separators, content) pairs, in ordinal order.</summary>
        internal IReadOnlyList<KeyValuePair<string, string>> ReadFiles() => _read();

        private static IReadOnlyList<KeyValuePair<string, string>> ReadEmbedded()
        {
            var assembly = typeof(RuleSetSource).GetTypeInfo().Assembly;
            var files = new List<KeyValuePair<string, string>>();
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                files.Add(new KeyValuePair<string, string>(name.Substring(ResourcePrefix.Length).Replace('\\', '/'), reader.ReadToEnd()));
            }

            return files.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        }

        private static IReadOnlyList<KeyValuePair<string, string>> ReadDirectory(string root)
        {
            if (!Directory.Exists(root))
            {
                throw new RuleSetValidationException(new[] { new RuleSetProblem(root, null, "The rule-set folder does not exist.") });
            }

            return Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
                .Select(file => new KeyValuePair<string, string>(
                    file.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Replace('\\', '/'),
                    File.ReadAllText(file)))
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .ToList();
        }
    }
}
