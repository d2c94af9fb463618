using System.Runtime.CompilerServices;
using Xunit;
using static ThiDua.Rules.Tests.Conditions.ConditionCheck;

namespace ThiDua.Rules.Tests.Conditions.EarlierLayers;

/// <summary>
/// The long-service (cống hiến) routes of the Labour Order under Decree 65/2014 (vn-2013-nd65, calendar 2016): the
/// period served, the rank and years in post from the dossier's posts, with the three years women in leading posts are
/// spared (Điều 2 khoản 3), and the council's finding of long, continuous service. Each point of khoản 3 is its own
/// route. Years are counted in whole months up to the end of 2016.
/// </summary>
public sealed class Nd65LongServiceConditionTests
{
    private const string Regime = "vn-2013-nd65";
    private const string Third = "HCLD_HANG_BA";
    private const string Second = "HCLD_HANG_NHI";
    private const string First = "HCLD_HANG_NHAT";

    private static readonly Cite Reduction = new("ND65_2014", 2, 3);

    private static Cite[] Point(int article, string point) => new[] { new Cite("ND65_2014", article, 3, point) };

    private static Cite[] PostsCites(int article, string point) => new[] { new Cite("ND65_2014", article, 3, point), Reduction };

    private static Cite[] LeadIn(int article) => new[] { new Cite("ND65_2014", article, 3) };

    private static PositionRecord Post(PositionLevel level, DateTime from, DateTime? to = null)
        => new() { Title = level.ToString(), Level = level, From = from, To = to };

    /// <summary>A man who served after 1975, with the council's finding, holding <paramref name="posts"/>.</summary>
    private static DossierBuilder Official(params PositionRecord[] posts)
        => DossierBuilder.CivilServant("2016")
            .WithAttestations(a => a with { ExemplaryPolicyCompliance = true, LongContinuousServiceWithAchievements = true })
            .WithDossier(d => d with { Gender = Gender.Male, ResistanceWars = ResistanceWarService.Neither, RecognisedPreUprisingCadre = false, Positions = posts });

    private static DossierBuilder Serving(ResistanceWarService wars, params PositionRecord[] posts)
        => Official(posts).WithDossier(d => d with { ResistanceWars = wars });

    /// <summary>The continuity finding of each point given and withheld; the Covers of the calling test name each point's condition.</summary>
    private static void AssertContinuousServiceFinding(string award, int article, PositionRecord post, string[] points, [CallerMemberName] string testMethod = "", [CallerFilePath] string testFile = "")
    {
        var denied = Official(post).WithAttestations(a => a with { LongContinuousServiceWithAchievements = false });
        foreach (var point in points)
        {
            Expect(award, Official(post), $"{award}.K3.{point}.CONTINUOUS_SERVICE", ConditionOutcome.Met, LeadIn(article), new[] { "Hội đồng thi đua - khen thưởng xác nhận" }, testMethod: testMethod, testFile: testFile);
            Expect(award, denied, $"{award}.K3.{point}.CONTINUOUS_SERVICE", ConditionOutcome.NotMet, LeadIn(article), new[] { "không xác nhận" }, testMethod: testMethod, testFile: testFile);
        }
    }

    // ---- Third Class, point b (the war against the US or nation-building): the Giám đốc Sở rank 10 to under 15 years.

    [Fact]
    [Covers("HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.Met, Regime = Regime)]
    public void ThirdClass_PointB_ExactlyTenYearsAsProvincialDirector_Met()
        => Expect(Third, Official(Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2007, 1, 1))), "HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.Met, PostsCites(17, "b"), new[] { "nhóm Giám đốc Sở 120 tháng" });

    [Fact]
    [Covers("HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.NotMet, Regime = Regime)]
    public void ThirdClass_PointB_OneDayShortOfTenYears_NotMet()
        => Expect(Third, Official(Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2007, 1, 2))), "HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.NotMet, PostsCites(17, "b"), new[] { "nhóm Giám đốc Sở 119 tháng", "chưa đạt" });

    [Fact]
    [Covers("HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.NotMet, Regime = Regime)]
    public void ThirdClass_PointB_FifteenYearsBelongToTheSecondClass_NotMet()
        => Expect(Third, Official(Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2002, 1, 1))), "HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.NotMet, PostsCites(17, "b"), new[] { "nhóm Giám đốc Sở 180 tháng" });

    [Fact]
    [Covers("HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.NotMet, Regime = Regime)]
    public void ThirdClass_PointB_AWomanNeedsThreeYearsFewer()
    {
        var posts = new[] { Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2010, 1, 1)) };
        Expect(Third, Official(posts).WithDossier(d => d with { Gender = Gender.Female }), "HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.Met, PostsCites(17, "b"), new[] { "84 tháng", "nữ giảm 3 năm" });
        Expect(Third, Official(posts), "HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.NotMet, PostsCites(17, "b"), new[] { "84 tháng" });
    }

    [Fact]
    [Covers("HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.NotMet, Regime = Regime)]
    public void ThirdClass_PointB_YearsInDifferentRanksAreNotAddedUp()
        => Expect(Third, Official(Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2003, 1, 1), new DateTime(2011, 12, 31)), Post(PositionLevel.DepartmentDirector, new DateTime(2012, 1, 1))),
            "HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.NotMet, PostsCites(17, "b"), new[] { "nhóm Vụ trưởng 60 tháng", "nhóm Giám đốc Sở 108 tháng" });

    [Fact]
    [Covers("HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.Met, Regime = Regime)]
    public void ThirdClass_PointB_ConcurrentPostsOfOneRankCountOnce_AndALaterPostIsNotCounted()
        => Expect(Third, Official(
                Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2005, 1, 1), new DateTime(2012, 12, 31)),
                Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2010, 1, 1), new DateTime(2016, 12, 31)),
                Post(PositionLevel.DepartmentDirector, new DateTime(2017, 3, 1))),
            "HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.Met, PostsCites(17, "b"), new[] { "nhóm Vụ trưởng 0 tháng", "nhóm Giám đốc Sở 144 tháng" });

    [Fact]
    [Covers("HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.Unknown, Regime = Regime)]
    public void ThirdClass_PointB_AGeneralDepartmentPostTheDecreeDoesNotName_Unknown()
        => Expect(Third, Official(Post(PositionLevel.GeneralDirector, new DateTime(2004, 1, 1))), "HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.Unknown, PostsCites(17, "b"), Array.Empty<string>());

    [Fact]
    [Covers("HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.Unknown, Regime = Regime)]
    public void ThirdClass_PointB_PostsOrGenderNotStated_Unknown()
    {
        var posts = Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2004, 1, 1));
        Expect(Third, Official(posts).WithDossier(d => d with { Positions = null }), "HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.Unknown, PostsCites(17, "b"), Array.Empty<string>());
        var noGender = Expect(Third, Official(posts).WithDossier(d => d with { Gender = null }), "HCLD_HANG_BA.K3.B.POSTS", ConditionOutcome.Unknown, PostsCites(17, "b"), Array.Empty<string>());
        Assert.Contains("gender", noGender.MissingFacts);
    }

    [Fact]
    [Covers("HCLD_HANG_BA.K3.B.PERIOD", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_BA.K3.B.PERIOD", ConditionOutcome.NotMet, Regime = Regime)]
    public void ThirdClass_PointB_Period()
    {
        var post = Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2004, 1, 1));
        Expect(Third, Serving(ResistanceWarService.Both, post), "HCLD_HANG_BA.K3.B.PERIOD", ConditionOutcome.Met, Point(17, "b"), new[] { "kháng chiến chống Mỹ" });
        Expect(Third, Serving(ResistanceWarService.AgainstTheFrenchOnly, post), "HCLD_HANG_BA.K3.B.PERIOD", ConditionOutcome.NotMet, Point(17, "b"), new[] { "Chỉ tham gia kháng chiến chống Pháp" });
    }

    [Fact]
    [Covers("HCLD_HANG_BA.K3.B.CONTINUOUS_SERVICE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_BA.K3.B.CONTINUOUS_SERVICE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_BA.K3.A.CONTINUOUS_SERVICE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_BA.K3.A.CONTINUOUS_SERVICE", ConditionOutcome.NotMet, Regime = Regime)]
    public void ThirdClass_ContinuousService_IsTheCouncilsFinding()
        => AssertContinuousServiceFinding(Third, 17, Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2004, 1, 1)), new[] { "A", "B" });

    [Fact]
    public void ThirdClass_EligibleByPointBAlone_WhenTheMeritRouteFails()
    {
        var result = Check(Third, Official(Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2004, 1, 1))));
        Assert.Equal(Verdict.Eligible, result.Verdict);
        Assert.Equal(ConditionOutcome.Met, result.Routes!.Single(r => r.RouteId == "k3_b").Outcome);
        Assert.Equal(ConditionOutcome.NotMet, result.Routes!.Single(r => r.RouteId == "merit").Outcome);
    }

    // ---- Third Class, point a (both wars): the Vụ trưởng rank five years (read as 5 to under 6), Giám đốc Sở 6 to under 10.

    [Fact]
    [Covers("HCLD_HANG_BA.K3.A.BOTH_WARS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_BA.K3.A.BOTH_WARS", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_BA.K3.A.POSTS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_BA.K3.A.POSTS", ConditionOutcome.NotMet, Regime = Regime)]
    public void ThirdClass_PointA_BothWarsAndFiveYearsAsDirector()
    {
        var fiveYears = Post(PositionLevel.DepartmentDirector, new DateTime(2012, 1, 1));
        var sixYears = Post(PositionLevel.DepartmentDirector, new DateTime(2011, 1, 1));
        Expect(Third, Serving(ResistanceWarService.Both, fiveYears), "HCLD_HANG_BA.K3.A.BOTH_WARS", ConditionOutcome.Met, Point(17, "a"), new[] { "Tham gia cả hai cuộc kháng chiến" });
        Expect(Third, Serving(ResistanceWarService.AgainstTheUnitedStatesOnly, fiveYears), "HCLD_HANG_BA.K3.A.BOTH_WARS", ConditionOutcome.NotMet, Point(17, "a"), new[] { "Không tham gia cả hai cuộc kháng chiến" });
        Expect(Third, Serving(ResistanceWarService.Both, fiveYears), "HCLD_HANG_BA.K3.A.POSTS", ConditionOutcome.Met, PostsCites(17, "a"), new[] { "nhóm Vụ trưởng 60 tháng" });
        Expect(Third, Serving(ResistanceWarService.Both, sixYears), "HCLD_HANG_BA.K3.A.POSTS", ConditionOutcome.NotMet, PostsCites(17, "a"), new[] { "nhóm Vụ trưởng 72 tháng" });
    }

    // ---- Second Class: point a (both wars) Vụ trưởng 6 to under 10, Giám đốc Sở 10 or more; point b Vụ trưởng 10 to under 15, Giám đốc Sở 15 or more.

    [Fact]
    [Covers("HCLD_HANG_NHI.K3.A.BOTH_WARS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.K3.A.BOTH_WARS", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.K3.A.POSTS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.K3.A.POSTS", ConditionOutcome.NotMet, Regime = Regime)]
    public void SecondClass_PointA()
    {
        var tenYears = Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2007, 1, 1));
        var nineYears = Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2008, 1, 1));
        Expect(Second, Serving(ResistanceWarService.Both, tenYears), "HCLD_HANG_NHI.K3.A.BOTH_WARS", ConditionOutcome.Met, Point(16, "a"), new[] { "Tham gia cả hai cuộc kháng chiến" });
        Expect(Second, Serving(ResistanceWarService.Neither, tenYears), "HCLD_HANG_NHI.K3.A.BOTH_WARS", ConditionOutcome.NotMet, Point(16, "a"), new[] { "Không tham gia" });
        Expect(Second, Serving(ResistanceWarService.Both, tenYears), "HCLD_HANG_NHI.K3.A.POSTS", ConditionOutcome.Met, PostsCites(16, "a"), new[] { "nhóm Giám đốc Sở 120 tháng" });
        Expect(Second, Serving(ResistanceWarService.Both, nineYears), "HCLD_HANG_NHI.K3.A.POSTS", ConditionOutcome.NotMet, PostsCites(16, "a"), new[] { "nhóm Giám đốc Sở 108 tháng" });
    }

    [Fact]
    [Covers("HCLD_HANG_NHI.K3.B.PERIOD", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.K3.B.PERIOD", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.K3.B.POSTS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.K3.B.POSTS", ConditionOutcome.NotMet, Regime = Regime)]
    public void SecondClass_PointB()
    {
        var tenYearsDirector = Post(PositionLevel.DepartmentDirector, new DateTime(2007, 1, 1));
        var fifteenYearsDirector = Post(PositionLevel.DepartmentDirector, new DateTime(2002, 1, 1));
        Expect(Second, Official(tenYearsDirector), "HCLD_HANG_NHI.K3.B.PERIOD", ConditionOutcome.Met, Point(16, "b"), Array.Empty<string>());
        Expect(Second, Serving(ResistanceWarService.AgainstTheFrenchOnly, tenYearsDirector), "HCLD_HANG_NHI.K3.B.PERIOD", ConditionOutcome.NotMet, Point(16, "b"), Array.Empty<string>());
        Expect(Second, Official(tenYearsDirector), "HCLD_HANG_NHI.K3.B.POSTS", ConditionOutcome.Met, PostsCites(16, "b"), new[] { "nhóm Vụ trưởng 120 tháng" });
        Expect(Second, Official(fifteenYearsDirector), "HCLD_HANG_NHI.K3.B.POSTS", ConditionOutcome.NotMet, PostsCites(16, "b"), new[] { "nhóm Vụ trưởng 180 tháng" });
    }

    [Fact]
    [Covers("HCLD_HANG_NHI.K3.A.CONTINUOUS_SERVICE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.K3.A.CONTINUOUS_SERVICE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.K3.B.CONTINUOUS_SERVICE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHI.K3.B.CONTINUOUS_SERVICE", ConditionOutcome.NotMet, Regime = Regime)]
    public void SecondClass_ContinuousService_IsTheCouncilsFinding()
        => AssertContinuousServiceFinding(Second, 16, Post(PositionLevel.DepartmentDirector, new DateTime(2005, 1, 1)), new[] { "A", "B" });

    // ---- First Class: point a pre-uprising cadre in a deputy post; point b both wars, Thứ trưởng (any time) or Vụ trưởng 10+;
    // point c Bộ trưởng (any time), Thứ trưởng 5+ or Vụ trưởng 15+.

    [Fact]
    [Covers("HCLD_HANG_NHAT.K3.A.PRE_UPRISING_CADRE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.A.PRE_UPRISING_CADRE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.A.DEPUTY_POST", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.A.DEPUTY_POST", ConditionOutcome.NotMet, Regime = Regime)]
    public void FirstClass_PointA()
    {
        var deputy = Post(PositionLevel.DeputyProvincialDepartmentDirector, new DateTime(1960, 1, 1), new DateTime(1961, 6, 30));
        var cadre = Official(deputy).WithDossier(d => d with { RecognisedPreUprisingCadre = true });
        Expect(First, cadre, "HCLD_HANG_NHAT.K3.A.PRE_UPRISING_CADRE", ConditionOutcome.Met, Point(15, "a"), new[] { "cán bộ tiền khởi nghĩa" });
        Expect(First, Official(deputy), "HCLD_HANG_NHAT.K3.A.PRE_UPRISING_CADRE", ConditionOutcome.NotMet, Point(15, "a"), new[] { "Không được công nhận" });
        Expect(First, cadre, "HCLD_HANG_NHAT.K3.A.DEPUTY_POST", ConditionOutcome.Met, Point(15, "a"), new[] { "Đã giữ chức vụ cấp phó" });
        Expect(First, Official(Post(PositionLevel.Other, new DateTime(1960, 1, 1))).WithDossier(d => d with { RecognisedPreUprisingCadre = true }), "HCLD_HANG_NHAT.K3.A.DEPUTY_POST", ConditionOutcome.NotMet, Point(15, "a"), new[] { "Chưa giữ chức vụ cấp phó" });
    }

    [Fact]
    [Covers("HCLD_HANG_NHAT.K3.B.BOTH_WARS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.B.BOTH_WARS", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.B.POSTS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.B.POSTS", ConditionOutcome.NotMet, Regime = Regime)]
    public void FirstClass_PointB_ADeputyMinisterForAnyTime()
    {
        var oneMonth = Post(PositionLevel.DeputyMinister, new DateTime(2016, 12, 1));
        var nineYearsDirector = Post(PositionLevel.DepartmentDirector, new DateTime(2008, 1, 1));
        Expect(First, Serving(ResistanceWarService.Both, oneMonth), "HCLD_HANG_NHAT.K3.B.BOTH_WARS", ConditionOutcome.Met, Point(15, "b"), Array.Empty<string>());
        Expect(First, Serving(ResistanceWarService.AgainstTheUnitedStatesOnly, oneMonth), "HCLD_HANG_NHAT.K3.B.BOTH_WARS", ConditionOutcome.NotMet, Point(15, "b"), Array.Empty<string>());
        Expect(First, Serving(ResistanceWarService.Both, oneMonth), "HCLD_HANG_NHAT.K3.B.POSTS", ConditionOutcome.Met, PostsCites(15, "b"), new[] { "nhóm Thứ trưởng 1 tháng" });
        Expect(First, Serving(ResistanceWarService.Both, nineYearsDirector), "HCLD_HANG_NHAT.K3.B.POSTS", ConditionOutcome.NotMet, PostsCites(15, "b"), new[] { "nhóm Vụ trưởng 108 tháng" });
    }

    [Fact]
    [Covers("HCLD_HANG_NHAT.K3.C.PERIOD", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.C.PERIOD", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.C.POSTS", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.C.POSTS", ConditionOutcome.NotMet, Regime = Regime)]
    public void FirstClass_PointC_MinisterAnyTime_DeputyMinisterFiveYears()
    {
        var minister = Post(PositionLevel.Minister, new DateTime(2016, 4, 1));
        var fiveYearsDeputy = Post(PositionLevel.DeputyMinister, new DateTime(2012, 1, 1));
        var almostFiveYearsDeputy = Post(PositionLevel.DeputyMinister, new DateTime(2012, 2, 1));
        Expect(First, Official(minister), "HCLD_HANG_NHAT.K3.C.PERIOD", ConditionOutcome.Met, Point(15, "c"), Array.Empty<string>());
        Expect(First, Serving(ResistanceWarService.AgainstTheFrenchOnly, minister), "HCLD_HANG_NHAT.K3.C.PERIOD", ConditionOutcome.NotMet, Point(15, "c"), Array.Empty<string>());
        Expect(First, Official(minister), "HCLD_HANG_NHAT.K3.C.POSTS", ConditionOutcome.Met, PostsCites(15, "c"), new[] { "nhóm Bộ trưởng 9 tháng" });
        Expect(First, Official(fiveYearsDeputy), "HCLD_HANG_NHAT.K3.C.POSTS", ConditionOutcome.Met, PostsCites(15, "c"), new[] { "nhóm Thứ trưởng 60 tháng" });
        Expect(First, Official(almostFiveYearsDeputy), "HCLD_HANG_NHAT.K3.C.POSTS", ConditionOutcome.NotMet, PostsCites(15, "c"), new[] { "nhóm Thứ trưởng 59 tháng" });
    }

    [Fact]
    [Covers("HCLD_HANG_NHAT.K3.A.CONTINUOUS_SERVICE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.A.CONTINUOUS_SERVICE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.B.CONTINUOUS_SERVICE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.B.CONTINUOUS_SERVICE", ConditionOutcome.NotMet, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.C.CONTINUOUS_SERVICE", ConditionOutcome.Met, Regime = Regime)]
    [Covers("HCLD_HANG_NHAT.K3.C.CONTINUOUS_SERVICE", ConditionOutcome.NotMet, Regime = Regime)]
    public void FirstClass_ContinuousService_IsTheCouncilsFinding()
        => AssertContinuousServiceFinding(First, 15, Post(PositionLevel.DeputyMinister, new DateTime(2009, 1, 1)), new[] { "A", "B", "C" });

    [Fact]
    public void AnOngoingPostIsCountedToTheEndOfThePeriodAssessed()
    {
        // Giám đốc Sở from 2 January 2006, still held: 119 months at the end of 2015, 131 at the end of 2016.
        var post = Post(PositionLevel.DeputyDepartmentDirector, new DateTime(2006, 1, 2));
        PositionRecord[] posts = { post };
        var in2015 = DossierBuilder.CivilServant("2015")
            .WithAttestations(a => a with { ExemplaryPolicyCompliance = true, LongContinuousServiceWithAchievements = true })
            .WithDossier(d => d with { Gender = Gender.Male, ResistanceWars = ResistanceWarService.Neither, Positions = posts });
        Assert.Equal(ConditionOutcome.NotMet, Check(Third, in2015).Conditions.Single(c => c.ConditionId == "HCLD_HANG_BA.K3.B.POSTS").Outcome);
        Assert.Equal(ConditionOutcome.Met, Check(Third, Official(post)).Conditions.Single(c => c.ConditionId == "HCLD_HANG_BA.K3.B.POSTS").Outcome);
    }
}
