using Microsoft.Extensions.Options;
using Xunit;

namespace ThiDua.Rules.Tests.Regimes;

public sealed class RegimeErrorTests
{
    private static readonly IEligibilityChecker Checker = ThiDuaRules.Default;

    [Fact]
    public void Check_ExplicitRegimeThatDoesNotCoverThePeriod_ThrowsPeriodNotCovered()
    {
        var request = RegimeTestDossier.Request("2015") with { RegimeId = "vn-2013" };

        var error = Assert.Throws<PeriodNotCoveredException>(() => Checker.Check(request));

        Assert.Equal(AssessmentPeriod.CalendarYear(2015), error.Period);
        Assert.Contains("vn-2013", error.Message, StringComparison.Ordinal);
        Assert.Contains("2015", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExplicitRegimeThatCoversThePeriod_UsesIt()
    {
        var request = RegimeTestDossier.Request("2021") with { RegimeId = "vn-2013" };

        Assert.Equal("vn-2013", Checker.Check(request).RegimeId);
    }

    [Fact]
    public void Check_UnknownRegimeId_ThrowsUnknownRegime()
    {
        var request = RegimeTestDossier.Request("2021") with { RegimeId = "vn-1999" };

        var error = Assert.Throws<UnknownRegimeException>(() => Checker.Check(request));

        Assert.Equal("vn-1999", error.RegimeId);
        Assert.Contains("vn-2013", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAll_UnknownRegimeId_ThrowsUnknownRegime()
    {
        Assert.Throws<UnknownRegimeException>(() => Checker.CheckAll(RegimeTestDossier.Create(), AssessmentPeriod.CalendarYear(2021), "vn-1999"));
    }

    [Fact]
    public void GetAwards_UnknownRegimeId_ThrowsUnknownRegime()
    {
        Assert.Throws<UnknownRegimeException>(() => Checker.Catalog.GetAwards("vn-1999"));
    }

    [Fact]
    public void CreateChecker_UnknownPinnedRegime_ThrowsOptionsValidationException()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { PinnedRegimeId = "vn-1999" }));

        Assert.Contains(error.Failures, f => f.Contains("vn-1999", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void CreateChecker_BlankPinnedRegime_ThrowsOptionsValidationException(string pinned)
    {
        var error = Assert.Throws<OptionsValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { PinnedRegimeId = pinned }));

        Assert.Contains(error.Failures, f => f.Contains("PinnedRegimeId", StringComparison.Ordinal));
    }

    [Fact]
    public void CreateChecker_NullSource_ThrowsOptionsValidationException()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { Source = null! }));

        Assert.Contains(error.Failures, f => f.Contains("Source", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PinnedRegimeThatDoesNotCoverThePeriod_ThrowsPeriodNotCovered()
    {
        var pinned = ThiDuaRules.CreateChecker(new ThiDuaRulesOptions { PinnedRegimeId = "vn-2013" });

        Assert.Equal("vn-2013", pinned.Check(RegimeTestDossier.Request("2021")).RegimeId);
        Assert.Throws<PeriodNotCoveredException>(() => pinned.Check(RegimeTestDossier.Request("2024")));
    }

    [Fact]
    public void Check_UnknownAward_ThrowsListingKnownCodes()
    {
        var error = Assert.Throws<UnknownAwardException>(() => Checker.Check(RegimeTestDossier.Request("2021", "HUAN_CHUONG_LAO_DONG")));

        Assert.Equal("HUAN_CHUONG_LAO_DONG", error.Code);
        Assert.Equal("vn-2013", error.RegimeId);
        foreach (var code in new[] { "LDTT", "CSTT", "CSTDCS", "CSTD_BO_TINH", "CSTD_TOAN_QUOC" })
        {
            Assert.Contains(code, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ldtt")]
    [InlineData(" LDTT")]
    [InlineData("")]
    public void Check_AwardCodeNotExactlyACode_ThrowsUnknownAward(string code)
    {
        Assert.Throws<UnknownAwardException>(() => Checker.Check(RegimeTestDossier.Request("2021", code)));
    }

    [Fact]
    public void GetAward_UnknownAward_ThrowsUnknownAward()
    {
        Assert.Throws<UnknownAwardException>(() => Checker.Catalog.GetAward("vn-2013", "NOPE"));
        Assert.False(Checker.Catalog.TryGetAward("vn-2013", "NOPE", out _));
        Assert.False(Checker.Catalog.IsKnownCode("NOPE"));
    }
}
