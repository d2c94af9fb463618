using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Rules.Testing;
using ThiDua.Rules.Tests.Properties.Support;
using Xunit;

namespace ThiDua.Rules.Tests.Properties;

/// <summary>Dossiers and results survive a trip through the library's JSON format unchanged.</summary>
public class JsonRoundTripProperties
{
    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property ReadDossier_WrittenDossier_GivesTheSameDossier()
        => Prop.ForAll(Draw.Any(), c =>
        {
            var written = ThiDuaJson.Write(c.Dossier);
            var read = ThiDuaJson.ReadDossier(written);
            Assert.Equal(written, ThiDuaJson.Write(read));
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Read_WrittenResult_GivesTheSameResult()
        => Prop.ForAll(Draw.Any(), c =>
        {
            var written = ThiDuaJson.Write(Shipped.Checker.Check(c.ToRequest()));
            var read = ThiDuaJson.Read<EligibilityResult>(written);
            Assert.Equal(written, ThiDuaJson.Write(read));
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Read_WrittenPeriod_GivesTheSamePeriod()
        => Prop.ForAll(Arb.From(ThiDuaGenerators.AnyPeriod()), period =>
        {
            var read = ThiDuaJson.Read<AssessmentPeriod>(ThiDuaJson.Write(period));
            Assert.Equal(period, read);
            Assert.Equal(period.StartMonth, read.StartMonth);
        });

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Read_WrittenResultList_GivesTheSameResults()
        => Prop.ForAll(Draw.Any(), c =>
        {
            var written = ThiDuaJson.Write(Shipped.Checker.CheckAll(c.Dossier, c.Period), indented: false);
            var read = ThiDuaJson.Read<List<EligibilityResult>>(written);
            Assert.Equal(written, ThiDuaJson.Write(read, indented: false));
        });
}
