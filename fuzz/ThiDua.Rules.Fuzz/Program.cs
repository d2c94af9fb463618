using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace ThiDua.Rules.Fuzz
{
    /// <summary>
    /// <c>ThiDua.Rules.Fuzz</c> (no arguments): the AFL fork server, run by afl-fuzz through eng/fuzz.sh.<br/>
    /// <c>ThiDua.Rules.Fuzz replay FILE|DIR...</c>: runs the target on each input outside AFL and prints each
    /// unexpected exception with its stack (to triage AFL's crashes); exit code 1 when any input crashes.<br/>
    /// <c>ThiDua.Rules.Fuzz cache-memory [CHECKS]</c>: the managed heap while one checker checks CHECKS distinct
    /// dossiers (default 1 000 000).
    /// </summary>
    internal static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0)
            {
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var memory = new MemoryStream();
                    stream.CopyTo(memory);
                    DossierTarget.Run(memory.ToArray());
                });
                return 0;
            }

            TraceOutsideAfl();
            switch (args[0])
            {
                case "replay" when args.Length > 1:
                    return Replay(args.Skip(1));
                case "cache-memory":
                    return CacheMemory.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
                default:
                    Console.Error.WriteLine("usage: ThiDua.Rules.Fuzz [replay FILE|DIR... | cache-memory [CHECKS]]");
                    return 2;
            }
        }

        /// <summary>
        /// Outside afl-fuzz nobody maps AFL's shared coverage memory, and the instrumented assemblies would write
        /// through a null pointer: give them a buffer of the map's size (64 KiB) instead.
        /// </summary>
        private static unsafe void TraceOutsideAfl()
        {
            if (SharpFuzz.Common.Trace.SharedMem == null)
            {
                SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 16);
            }
        }

        private static int Replay(IEnumerable<string> paths)
        {
            var files = paths
                .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p).Where(f => !f.EndsWith("README.txt", StringComparison.Ordinal)) : new[] { p })
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
            var signatures = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                try
                {
                    DossierTarget.Run(File.ReadAllBytes(file));
                    Console.WriteLine($"ok    {file}");
                }
                catch (Exception e)
                {
                    var signature = Signature(e);
                    Console.WriteLine($"CRASH {file}: {signature}");
                    Console.WriteLine(e);
                    Console.WriteLine();
                    if (!signatures.TryGetValue(signature, out var list))
                    {
                        signatures[signature] = list = new List<string>();
                    }

                    list.Add(file);
                }
            }

            Console.WriteLine($"{files.Count} inputs, {signatures.Values.Sum(l => l.Count)} crashing, {signatures.Count} distinct (exception type and innermost ThiDua frame):");
            foreach (var pair in signatures)
            {
                Console.WriteLine($"  {pair.Key}: {pair.Value.Count} input(s), e.g. {pair.Value[0]}");
            }

            return signatures.Count == 0 ? 0 : 1;
        }

        /// <summary>The exception type and the innermost frame in the library, which tells crashes apart.</summary>
        private static string Signature(Exception e)
        {
            if (e is RuleEvaluationException evaluation)
            {
                // The engine reports the rule and the exception's type and message, not the exception itself.
                var detail = evaluation.Message.Substring(evaluation.Message.IndexOf(": ", StringComparison.Ordinal) + 2);
                return $"RuleEvaluationException {evaluation.RuleId}: {detail.Split('\n')[0].Trim()}";
            }

            var root = e;
            while (root.InnerException != null && root is not InvalidDossierException)
            {
                root = root.InnerException;
            }

            var frame = (root.StackTrace ?? string.Empty)
                .Split('\n')
                .Select(l => l.Trim())
                .FirstOrDefault(l => l.StartsWith("at ThiDua.Rules.", StringComparison.Ordinal) && !l.StartsWith("at ThiDua.Rules.Fuzz.", StringComparison.Ordinal))
                ?? "(no library frame)";
            var cut = frame.IndexOf(" in ", StringComparison.Ordinal);
            return $"{e.GetType().Name}/{root.GetType().Name} {(cut < 0 ? frame : frame.Substring(0, cut))}";
        }
    }
}
