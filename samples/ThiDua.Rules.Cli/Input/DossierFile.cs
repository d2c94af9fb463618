namespace ThiDua.Rules.Cli.Input;

/// <summary>Reads a dossier file, mapping file-system failures to exit code 66 and bad JSON to 65.</summary>
internal static class DossierFile
{
    public static IndividualDossier Read(string path) => Read(path, ThiDuaJson.ReadDossier);

    /// <summary>Reads a nomination list file (format: samples/data/README.md, "Nomination lists").</summary>
    public static NominationList ReadList(string path) => Read(path, stream => ThiDuaJson.ReadNominationList(stream));

    private static T Read<T>(string path, Func<Stream, T> read)
    {
        if (Directory.Exists(path))
        {
            throw new CliException(ExitCodes.FileNotFound, $"{path}: is a directory, not a file.");
        }

        // Read as a stream: the library checks the bytes themselves (invalid UTF-8 is refused, not replaced) and stops
        // reading at its size limit instead of loading a huge file into memory first.
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException(ExitCodes.FileNotFound, $"{path}: file not found.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException(ExitCodes.FileNotFound, $"{path}: cannot read the file ({e.Message}).");
        }

        // Malformed JSON and values of the wrong form come back as InvalidDossierException (exit code 65).
        using (stream)
        {
            try
            {
                return read(stream);
            }
            catch (IOException e)
            {
                throw new CliException(ExitCodes.FileNotFound, $"{path}: cannot read the file ({e.Message}).");
            }
        }
    }
}
