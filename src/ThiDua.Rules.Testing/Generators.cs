namespace ThiDua.Rules.Testing
{
    /// <summary>FsCheck generators for ThiDua.Rules types (placeholder until the generators land).</summary>
    public static class ThiDuaGenerators
    {
    }
}
