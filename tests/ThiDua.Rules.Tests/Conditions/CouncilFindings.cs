using System.Reflection;

namespace ThiDua.Rules.Tests.Conditions;

/// <summary>Builds council findings by property name, for the table-driven tests of attestation-based forms.</summary>
internal static class CouncilFindings
{
    /// <summary>Council findings with each named property set to <paramref name="value"/>'s answer for it.</summary>
    public static CouncilAttestations Findings(IEnumerable<string> properties, Func<string, bool> value)
    {
        var attestations = new CouncilAttestations();
        foreach (var name in properties)
        {
            var property = typeof(CouncilAttestations).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException("CouncilAttestations has no property " + name);
            property.SetValue(attestations, value(name));
        }

        return attestations;
    }
}
