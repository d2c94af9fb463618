using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ThiDua.Rules
{
    /// <summary>
    /// Where a local regulation's overlay comes from: one or more overlay files (JSON) that add conditions to awards of
    /// a regime or tighten the law's numbers, each with the local decision it rests on. Overlay data is trusted
    /// configuration from the host's deployment, like the rule data itself, never input from end users: it is
    /// validated as strictly as the law's data, but it decides what the checker treats as the rules.
    /// </summary>
    public sealed class OverlaySource
    {
        private readonly Func<IReadOnlyList<KeyValuePair<string, string>>> _read;

        private OverlaySource(string description, Func<IReadOnlyList<KeyValuePair<string, string>>> read)
        {
            Description = description;
            _read = read;
        }

        /// <summary>Describes the source in problems, e.g. "overlays in /etc/thidua/overlays".</summary>
        public string Description { get; }

        /// <summary>
        /// Every <c>*.json</c> file in <paramref name="path"/> and its sub-folders, each one overlay; files are applied in
        /// the order of their relative paths. Each file may be at most <see cref="RuleSetSource.DefaultMaxFileBytes"/> long.
        /// </summary>
        /// <param name="path">The overlay folder.</param>
        /// <returns>The source; nothing is read until the checker is created.</returns>
        public static OverlaySource FromDirectory(string path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            var rules = RuleSetSource.FromDirectory(path);
            return new OverlaySource("overlays in " + Path.GetFullPath(path), rules.ReadFiles);
        }

        /// <summary>
        /// One overlay file read from <paramref name="stream"/> (UTF-8 JSON, at most
        /// <see cref="RuleSetSource.DefaultMaxFileBytes"/> bytes). The stream is read at once and not disposed.
        /// </summary>
        /// <param name="name">The name problems give for the file, e.g. its path in the host's configuration store.</param>
        /// <param name="stream">The overlay's JSON.</param>
        /// <returns>The source.</returns>
        /// <exception cref="RuleSetValidationException">The stream is too long, cannot be read or is not UTF-8.</exception>
        public static OverlaySource FromStream(string name, Stream stream)
        {
            if (name == null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            if (stream == null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            var text = ReadBounded(name, stream, RuleSetSource.DefaultMaxFileBytes);
            var files = new[] { new KeyValuePair<string, string>(name, text) };
            return new OverlaySource("overlay " + name, () => files);
        }

        internal IReadOnlyList<KeyValuePair<string, string>> ReadFiles() => _read();

        private static string ReadBounded(string name, Stream stream, long maxBytes)
        {
            var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            try
            {
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (buffer.Length + read > maxBytes)
                    {
                        throw Problem(name, $"the overlay is longer than {maxBytes} bytes");
                    }

                    buffer.Write(chunk, 0, read);
                }

                return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
            catch (Exception e) when (e is IOException || e is NotSupportedException || e is ObjectDisposedException)
            {
                throw Problem(name, "the overlay cannot be read: " + e.Message);
            }
            catch (DecoderFallbackException)
            {
                throw Problem(name, "the overlay is not valid UTF-8 text");
            }
        }

        private static RuleSetValidationException Problem(string name, string reason)
            => new RuleSetValidationException(new[] { new RuleSetProblem(name, null, reason) });
    }
}
