using Xunit;
using System.Text;
using System.Text.Json.Nodes;

namespace ThiDua.Rules.Tests.Overlays;

/// <summary>An overlay may only tighten the law, and goes through the same checks as the law's data.</summary>
public sealed class OverlayValidationTests
{
    private static RuleSetProblem Problem(RuleSetValidationException refused, string? ruleId, params string[] fragments)
        => RuleData.ProblemAssert.Has(refused, OverlayFile.Name, ruleId, fragments);

    [Theory]
    [InlineData(10)]
    [InlineData(12)]
    [InlineData(24)]
    public void A_number_kept_or_made_stricter_is_accepted(int minMonths)
    {
        var overlay = OverlayFile.Sample();
        OverlayFile.Override(overlay)["values"]!["minMonths"] = minMonths;

        Assert.NotNull(OverlayFile.Checker(overlay));
    }

    [Fact]
    public void Loosening_a_number_is_refused()
    {
        var overlay = OverlayFile.Sample();
        OverlayFile.Override(overlay)["values"]!["minMonths"] = 8;

        Problem(OverlayFile.Refused(overlay), "STD.NEW_RECRUIT_10_MONTHS", "may only tighten", "'minMonths' = 8 loosens");
    }

    [Fact]
    public void A_number_whose_stricter_side_cannot_be_told_cannot_be_overridden()
    {
        var overlay = OverlayFile.Sample();
        overlay["parameters"] = new JsonArray(new JsonObject
        {
            ["rule"] = "CSTD_TOAN_QUOC.PROPOSAL_YEAR",
            ["values"] = new JsonObject { ["yearsAfterDecision"] = 2 },
            ["citations"] = OverlayFile.Override(OverlayFile.Sample())["citations"]!.DeepClone(),
        });

        Problem(OverlayFile.Refused(overlay), "CSTD_TOAN_QUOC.PROPOSAL_YEAR", "cannot be told which value is stricter");
    }

    [Fact]
    public void Removing_a_condition_of_the_law_is_refused()
    {
        var overlay = OverlayFile.Sample();
        overlay["remove"] = new JsonArray("STD.NEW_RECRUIT_10_MONTHS");

        Problem(OverlayFile.Refused(overlay), null, "may only tighten", "cannot remove");
    }

    [Fact]
    public void Replacing_a_condition_of_the_law_is_refused()
    {
        var overlay = OverlayFile.Sample();
        OverlayFile.AddedRule(overlay)["id"] = "STD.K1_TASKS_WELL";

        Problem(OverlayFile.Refused(overlay), "STD.K1_TASKS_WELL", "may only add conditions", "cannot be replaced");
    }

    [Fact]
    public void An_added_condition_goes_through_the_law_datas_checks()
    {
        var overlay = OverlayFile.Sample();
        OverlayFile.AddedRule(overlay)["expression"] = "record.NoSuchFact == 1";

        Problem(OverlayFile.Refused(overlay), "LOCAL.CSTDCS_EXCELLENT_RATING", "NoSuchFact");
    }

    [Fact]
    public void An_added_condition_needs_a_citation_of_the_local_regulation()
    {
        var overlay = OverlayFile.Sample();
        OverlayFile.AddedRule(overlay)["citations"] = new JsonArray(new JsonObject { ["document"] = "ND91_2017", ["article"] = 10, ["clause"] = 6 });

        Problem(OverlayFile.Refused(overlay), "LOCAL.CSTDCS_EXCELLENT_RATING", "cite the local regulation");
    }

    [Fact]
    public void A_tightened_number_needs_a_citation_of_the_local_regulation()
    {
        var overlay = OverlayFile.Sample();
        OverlayFile.Override(overlay).Remove("citations");

        Problem(OverlayFile.Refused(overlay), "STD.NEW_RECRUIT_10_MONTHS", "missing citation");
    }

    [Fact]
    public void An_unknown_regime_award_rule_or_parameter_is_named()
    {
        var overlay = OverlayFile.Sample();
        overlay["conditions"]![0]!["awards"] = new JsonArray("NO_SUCH_AWARD");
        OverlayFile.Override(overlay)["values"] = new JsonObject { ["noSuchParameter"] = 3 };

        var refused = OverlayFile.Refused(overlay);

        Problem(refused, "LOCAL.CSTDCS_EXCELLENT_RATING", "unknown: NO_SUCH_AWARD");
        Problem(refused, "STD.NEW_RECRUIT_10_MONTHS", "no parameter 'noSuchParameter'", "minMonths");

        var elsewhere = OverlayFile.Sample();
        elsewhere["regime"] = "vn-1999";
        Problem(OverlayFile.Refused(elsewhere), null, "'regime' is 'vn-1999'", "vn-2013");
    }

    [Fact]
    public void A_local_document_may_not_reuse_an_id_of_the_law()
    {
        var overlay = OverlayFile.Sample();
        overlay["documents"]![0]!["id"] = "ND91_2017";

        Problem(OverlayFile.Refused(overlay), null, "document 'ND91_2017' is already declared");
    }

    [Fact]
    public void An_overlay_that_changes_nothing_is_refused()
    {
        var overlay = OverlayFile.Sample();
        overlay.Remove("parameters");
        overlay.Remove("conditions");

        Problem(OverlayFile.Refused(overlay), null, "neither adds a condition");
    }

    [Fact]
    public void Malformed_json_names_the_place()
        => Problem(OverlayFile.Refused("{ \"schemaVersion\": 1, \"id\": "), null, "malformed JSON");

    [Fact]
    public void A_stream_that_is_too_long_or_not_utf8_is_refused_when_read()
    {
        var tooLong = new MemoryStream(new byte[RuleSetSource.DefaultMaxFileBytes + 1]);
        var notUtf8 = new MemoryStream(new byte[] { 0x7B, 0xC3, 0x28, 0x7D });

        Assert.Contains("longer than", Assert.Throws<RuleSetValidationException>(() => OverlaySource.FromStream("big.json", tooLong)).Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("UTF-8", Assert.Throws<RuleSetValidationException>(() => OverlaySource.FromStream("bad.json", notUtf8)).Problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_overlay_loaded_twice_is_refused()
    {
        var json = OverlayFile.Sample().ToJsonString();
        var options = new ThiDuaRulesOptions()
            .AddOverlay(OverlaySource.FromStream("a.json", new MemoryStream(Encoding.UTF8.GetBytes(json))))
            .AddOverlay(OverlaySource.FromStream("b.json", new MemoryStream(Encoding.UTF8.GetBytes(json))));

        var refused = Assert.Throws<RuleSetValidationException>(() => ThiDuaRules.CreateChecker(options));

        RuleData.ProblemAssert.Has(refused, "b.json", null, "loaded twice");
    }

    [Fact]
    public void A_second_overlay_must_tighten_what_the_first_left()
    {
        var first = OverlayFile.Sample();
        var second = OverlayFile.Sample();
        second["id"] = "second-overlay";
        second.Remove("conditions");
        second["documents"]![0]!["id"] = "QC_VD_2022";
        OverlayFile.Override(second)["citations"]![0]!["document"] = "QC_VD_2022";
        OverlayFile.Override(second)["values"]!["minMonths"] = 11;
        var options = new ThiDuaRulesOptions()
            .AddOverlay(OverlaySource.FromStream("first.json", new MemoryStream(Encoding.UTF8.GetBytes(first.ToJsonString()))))
            .AddOverlay(OverlaySource.FromStream("second.json", new MemoryStream(Encoding.UTF8.GetBytes(second.ToJsonString()))));

        var refused = Assert.Throws<RuleSetValidationException>(() => ThiDuaRules.CreateChecker(options));

        RuleData.ProblemAssert.Has(refused, "second.json", "STD.NEW_RECRUIT_10_MONTHS", "'minMonths' = 11 loosens", "now 12");
    }

    [Fact]
    public void A_missing_overlay_folder_is_named()
    {
        var missing = Path.Combine(Path.GetTempPath(), "thidua-no-such-overlay-" + Guid.NewGuid().ToString("N"));

        var refused = Assert.Throws<RuleSetValidationException>(() => ThiDuaRules.CreateChecker(new ThiDuaRulesOptions().AddOverlay(OverlaySource.FromDirectory(missing))));

        Assert.Contains(missing, refused.Problems[0].ToString(), StringComparison.Ordinal);
    }
}
