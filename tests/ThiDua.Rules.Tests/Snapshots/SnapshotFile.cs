using System.Text;
using ThiDua.Rules.Tests.RuleData;
using Xunit.Sdk;

namespace ThiDua.Rules.Tests.Snapshots;

/// <summary>
/// Compares text with a committed <c>NAME.verified.txt</c> in this folder of the source tree. On a difference it
/// writes <c>NAME.received.txt</c> beside it and fails with the steps to accept the change.
/// </summary>
internal static class SnapshotFile
{
    public static string Folder => Path.Combine(RepositoryLayout.TestProject, "Snapshots");

    public static void Verify(string name, string actual)
    {
        var verifiedPath = Path.Combine(Folder, name + ".verified.txt");
        var receivedPath = Path.Combine(Folder, name + ".received.txt");
        actual = Normalize(actual);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;
        if (verified == actual)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var repoRelativeVerified = Path.GetRelativePath(RepositoryLayout.Root, verifiedPath);
        var repoRelativeReceived = Path.GetRelativePath(RepositoryLayout.Root, receivedPath);
        var what = verified == null
            ? $"There is no {repoRelativeVerified} yet."
            : $"The catalogue no longer matches {repoRelativeVerified}; first difference at line {FirstDifferentLine(verified, actual)}.";
        throw new XunitException(
            what + Environment.NewLine
            + $"The current text was written to {repoRelativeReceived}." + Environment.NewLine
            + $"Review it with: diff -u {repoRelativeVerified} {repoRelativeReceived}" + Environment.NewLine
            + "If every difference is an intended rule-data change, accept it by replacing the verified file with the received one:" + Environment.NewLine
            + $"  mv {repoRelativeReceived} {repoRelativeVerified}" + Environment.NewLine
            + "and commit the verified file with the rule-data change. Never commit a .received.txt file.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static int FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }

        return Math.Min(a.Length, b.Length) + 1;
    }
}
