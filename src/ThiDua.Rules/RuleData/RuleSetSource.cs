using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

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

        /// <summary>Largest rule file <see cref="FromDirectory(string)"/> reads, in bytes (1 MiB); the shipped files are under 40 KB.</summary>
        public const long DefaultMaxFileBytes = 1024 * 1024;

        /// <summary>
        /// Rule sets in a folder laid out like the embedded ones: <c>&lt;regime&gt;/regime.json</c>,
        /// <c>&lt;regime&gt;/awards/*.json</c> and <c>&lt;regime&gt;/shared/*.json</c>. Each file may be at most
        /// <see cref="DefaultMaxFileBytes"/> long.
        /// </summary>
        /// <param name="path">The folder.</param>
        /// <returns>The source. Files are read when a checker is created from it.</returns>
        /// <remarks>
        /// Only regular files are read. A pipe, socket or device named <c>*.json</c> is refused without being opened
        /// (reading one could block for ever or never end); a symbolic link is followed to a regular file on .NET 8 and
        /// later and refused on older runtimes; a linked folder is not entered. Such a file, one larger than the limit,
        /// or one that cannot be read makes creating the checker fail with a <see cref="RuleSetValidationException"/>
        /// naming the file and the reason.
        /// </remarks>
        public static RuleSetSource FromDirectory(string path) => FromDirectory(path, DefaultMaxFileBytes);

        /// <summary>Rule sets in a folder (see <see cref="FromDirectory(string)"/>), with another limit on the size of each file.</summary>
        /// <param name="path">The folder.</param>
        /// <param name="maxFileBytes">The largest file read, in bytes; at least 1.</param>
        /// <returns>The source. Files are read when a checker is created from it.</returns>
        public static RuleSetSource FromDirectory(string path, long maxFileBytes)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (maxFileBytes < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxFileBytes), maxFileBytes, "A rule file may be at least 1 byte long.");
            }

            var root = Path.GetFullPath(path);
            return new RuleSetSource("rule sets in " + root, () => ReadDirectory(root, maxFileBytes));
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

        private static IReadOnlyList<KeyValuePair<string, string>> ReadDirectory(string root, long maxFileBytes)
        {
            if (!Directory.Exists(root))
            {
                throw new RuleSetValidationException(new[] { new RuleSetProblem(root, null, "The rule-set folder does not exist.") });
            }

            var files = new List<KeyValuePair<string, string>>();
            var problems = new List<RuleSetProblem>();
            Walk(root, root, maxFileBytes, files, problems);
            if (problems.Count > 0)
            {
                throw new RuleSetValidationException(problems.OrderBy(p => p.File, StringComparer.Ordinal).ToList());
            }

            return files.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        }

        /// <summary>Reads the <c>*.json</c> files of <paramref name="folder"/> and its sub-folders (linked folders are not entered).</summary>
        private static void Walk(string root, string folder, long maxFileBytes, List<KeyValuePair<string, string>> files, List<RuleSetProblem> problems)
        {
            string[] entries;
            string[] folders;
            try
            {
                entries = Directory.GetFiles(folder, "*.json");
                folders = Directory.GetDirectories(folder);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                problems.Add(new RuleSetProblem(Relative(root, folder), null, "the folder cannot be read: " + e.Message));
                return;
            }

            foreach (var file in entries)
            {
                // Pattern matching differs between platforms (short names on Windows): keep the exact extension only.
                if (!file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var relative = Relative(root, file);
                var text = ReadRuleFile(file, maxFileBytes, out var problem);
                if (problem != null)
                {
                    problems.Add(new RuleSetProblem(relative, null, problem));
                }
                else
                {
                    files.Add(new KeyValuePair<string, string>(relative, text!));
                }
            }

            foreach (var sub in folders)
            {
                bool linked;
                try
                {
                    linked = (File.GetAttributes(sub) & FileAttributes.ReparsePoint) != 0;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    problems.Add(new RuleSetProblem(Relative(root, sub), null, "the folder cannot be read: " + e.Message));
                    continue;
                }

                if (linked)
                {
                    // A linked folder could lead outside the rule-set root or back into it (a cycle): said, not entered.
                    problems.Add(new RuleSetProblem(Relative(root, sub), null, "the folder is a symbolic link; linked folders are not followed: copy the rule files into the rule-set folder"));
                    continue;
                }

                Walk(root, sub, maxFileBytes, files, problems);
            }
        }

        /// <summary>
        /// The text of a regular rule file of at most <paramref name="maxFileBytes"/> bytes, or <see langword="null"/>
        /// and why it was not read. The file's type is checked before it is opened: opening a pipe blocks until a writer
        /// comes, and a device may never end.
        /// </summary>
        private static string? ReadRuleFile(string path, long maxFileBytes, out string? problem)
        {
            problem = null;
            try
            {
                var info = new FileInfo(path);
                if ((info.Attributes & FileAttributes.ReparsePoint) != 0)
                {
#if NET8_0_OR_GREATER
                    FileSystemInfo? target;
                    try
                    {
                        target = File.ResolveLinkTarget(path, returnFinalTarget: true);
                    }
                    catch (IOException e)
                    {
                        problem = "the file is a symbolic link that cannot be followed: " + e.Message;
                        return null;
                    }

                    if (target == null || !target.Exists || target is not FileInfo targetFile)
                    {
                        problem = "the file is a symbolic link whose target does not exist or is not a file";
                        return null;
                    }

                    info = targetFile;
                    info.Refresh();
                    if ((info.Attributes & (FileAttributes.Directory | FileAttributes.ReparsePoint | FileAttributes.Device)) != 0)
                    {
                        problem = "the file is a symbolic link to something that is not a regular file";
                        return null;
                    }
#else
                    problem = "the file is a symbolic link, which this runtime cannot follow safely: copy the rule file itself into the rule-set folder";
                    return null;
#endif
                }

                if (!info.Exists)
                {
                    problem = "the file does not exist (it was removed while the folder was read, or it is a broken link)";
                    return null;
                }

                // A pipe, socket or character or block device reports no length (and FileAttributes.Device on Windows);
                // an empty regular file is refused too, as it holds no rule data.
                if ((info.Attributes & FileAttributes.Device) != 0 || info.Length == 0)
                {
                    problem = "the file is empty or is not a regular file (a pipe, socket or device): rule files must be regular JSON files";
                    return null;
                }

                if (info.Length > maxFileBytes)
                {
                    problem = $"the file is {info.Length} bytes long; rule files may be at most {maxFileBytes} bytes";
                    return null;
                }

                return ReadAtMost(info.FullName, maxFileBytes, out problem);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException || e is NotSupportedException)
            {
                problem = "the file cannot be read: " + e.Message;
                return null;
            }
        }

        /// <summary>Reads the file as text, stopping after <paramref name="maxFileBytes"/> bytes even if it grew since it was measured.</summary>
        private static string? ReadAtMost(string path, long maxFileBytes, out string? problem)
        {
            problem = null;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxFileBytes)
                {
                    problem = $"the file is longer than {maxFileBytes} bytes, the most a rule file may be";
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            buffer.Position = 0;
            using var reader = new StreamReader(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        private static string Relative(string root, string path)
            => path.Length <= root.Length
                ? "(root)"
                : path.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Replace('\\', '/');
    }
}
