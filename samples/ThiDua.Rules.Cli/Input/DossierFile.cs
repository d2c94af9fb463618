namespace ThiDua.Rules.Cli.Input;

/// <summary>Reads input files, mapping file-system failures to exit code 66 and bad JSON to 65.</summary>
internal static class DossierFile
{
    public static IndividualDossier Read(string path) => Read(path, ThiDuaJson.ReadDossier);

    /// <summary>Reads a nomination list file (format: samples/data/README.md, "Nomination lists").</summary>
    public static NominationList ReadList(string path) => Read(path, stream => ThiDuaJson.ReadNominationList(stream));

    /// <summary>Reads a collective's dossier file (format: samples/data/README.md, "Collective dossiers").</summary>
    public static CollectiveDossier ReadCollective(string path) => Read(path, stream => ThiDuaJson.ReadCollective(stream, null));

    /// <summary>Reads a household's or village's dossier file (format: samples/data/README.md, "Household and village dossiers").</summary>
    public static CommunityDossier ReadCommunity(string path) => Read(path, stream => ThiDuaJson.ReadCommunity(stream, null));

    private static T Read<T>(string path, Func<Stream, T> read)
    {
        // Read as a stream: the library checks the bytes themselves (invalid UTF-8 is refused, not replaced) and stops
        // reading at its size limit instead of loading a huge file into memory first.
        // Malformed JSON and values of the wrong form come back as InvalidDossierException (exit code 65).
        using (var stream = Open(path))
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

    /// <summary>Opens an input file for sequential reading; a missing or unreadable file is exit code 66.</summary>
    public static FileStream Open(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException(ExitCodes.FileNotFound, $"{path}: is a directory, not a file.");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException(ExitCodes.FileNotFound, $"{path}: file not found.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException(ExitCodes.FileNotFound, $"{path}: cannot read the file ({e.Message}).");
        }
    }
}
