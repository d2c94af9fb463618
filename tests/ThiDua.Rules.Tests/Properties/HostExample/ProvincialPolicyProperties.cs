using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Rules.Testing;

namespace ThiDua.Rules.Tests.Properties.HostExample;

/// <summary>The README's example of a host property test, kept compiling and passing here.</summary>
public class ProvincialPolicyProperties
{
    // Parameters of type DossierCase, IndividualDossier or AssessmentPeriod come from ThiDuaArbitraries.
    [Property(MaxTest = 300, Arbitrary = new[] { typeof(ThiDuaArbitraries) })]
    public bool Check_AnyCase_IsNeverLooserThanTheNationalStandard(DossierCase c)
    {
        var national = ThiDuaRules.Default.Check(c.ToRequest()).Verdict;
        var local = ProvincialPolicy.Check(ThiDuaRules.Default, c.ToRequest());
        return national != Verdict.NotEligible || local == Verdict.NotEligible;
    }

    [Property(MaxTest = 200)]
    public Property Check_ReprimandedLastYear_IsNotEligible()
    {
        var cases = ThiDuaArbitraries.CaseArbitrary(AwardCodes.GrassrootsEmulationFighter, DossierGeneratorOptions.Default);
        return Prop.ForAll(cases, c =>
        {
            var reprimand = new DisciplineRecord { Form = DisciplineForm.Reprimand, DecisionDate = c.Period.Start.AddMonths(-6) };
            var request = c.ToRequest() with { Dossier = c.Dossier with { Disciplines = new[] { reprimand } } };
            return ProvincialPolicy.Check(ThiDuaRules.Default, request) == Verdict.NotEligible;
        });
    }
}
