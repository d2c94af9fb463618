using Xunit.Abstractions;

namespace ThiDua.Rules.Tests.Cases;

/// <summary>
/// A case file path as theory data. Wrapping the path (rather than passing a string, which xunit truncates to 50
/// characters in display names) makes each test's display name the full relative path.
/// </summary>
public sealed class CaseFile : IXunitSerializable
{
    /// <summary>For the serializer.</summary>
    public CaseFile()
    {
    }

    /// <summary>Wraps a path relative to the Cases folder.</summary>
    public CaseFile(string path) => Path = path;

    /// <summary>The path relative to the Cases folder, with forward slashes.</summary>
    public string Path { get; private set; } = string.Empty;

    public void Deserialize(IXunitSerializationInfo info) => Path = info.GetValue<string>(nameof(Path));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Path), Path);

    public override string ToString() => Path;
}
