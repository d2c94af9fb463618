using System.Collections.Generic;
using System.Text.Json;

namespace ThiDua.Rules.RuleData
{
    // The shapes of the rule files, as read from JSON. They are checked by RuleSetLoader before anything uses them,
    // so every member is nullable here: a missing member is a validation problem, not a crash.

    internal sealed class LocalizedModel
    {
        public string? Vi { get; set; }

        public string? En { get; set; }
    }

    internal sealed class PeriodRangeModel
    {
        public string? From { get; set; }

        public string? To { get; set; }
    }

    internal sealed class DocumentModel
    {
        public string? Id { get; set; }

        public string? Number { get; set; }

        public string? Kind { get; set; }

        public LocalizedModel? Title { get; set; }

        public string? EffectiveFrom { get; set; }

        public string? EffectiveTo { get; set; }
    }

    internal sealed class RegimeFileModel
    {
        public int SchemaVersion { get; set; }

        public string? Id { get; set; }

        public LocalizedModel? Name { get; set; }

        public string? DataVersion { get; set; }

        public PeriodRangeModel? PeriodsEnding { get; set; }

        public string? KnownCurrentTo { get; set; }

        public LocalizedModel? CurrencyNote { get; set; }

        public LocalizedModel? Notes { get; set; }

        public List<DocumentModel>? Documents { get; set; }

        public List<string>? Awards { get; set; }
    }

    internal sealed class CitationModel
    {
        public string? Document { get; set; }

        public int Article { get; set; }

        public int? Clause { get; set; }

        public string? Point { get; set; }

        public string? Basis { get; set; }
    }

    internal sealed class MessagesModel
    {
        public LocalizedModel? Met { get; set; }

        public LocalizedModel? NotMet { get; set; }
    }

    internal sealed class RuleModel
    {
        public string? Id { get; set; }

        public string? Concept { get; set; }

        public string? Kind { get; set; }

        public LocalizedModel? Description { get; set; }

        public List<string>? AppliesTo { get; set; }

        public List<string>? Needs { get; set; }

        public Dictionary<string, JsonElement>? Parameters { get; set; }

        public string? Expression { get; set; }

        public List<string>? Prerequisite { get; set; }

        public List<CitationModel>? Citations { get; set; }

        public PeriodRangeModel? PeriodsEnding { get; set; }

        public MessagesModel? Messages { get; set; }

        public LocalizedModel? Notes { get; set; }

        public string? Route { get; set; }
    }

    internal sealed class RouteModel
    {
        public string? Id { get; set; }

        public LocalizedModel? Name { get; set; }

        public List<CitationModel>? Citations { get; set; }
    }

    internal sealed class AwardFileModel
    {
        public int SchemaVersion { get; set; }

        public string? Code { get; set; }

        public LocalizedModel? Name { get; set; }

        public string? Subject { get; set; }

        public string? Category { get; set; }

        public string? Cadence { get; set; }

        public List<string>? EligibleCategories { get; set; }

        public bool? StateLevel { get; set; }

        public string? Basis { get; set; }

        public List<string>? Include { get; set; }

        public List<RouteModel>? Routes { get; set; }

        public List<RuleModel>? Rules { get; set; }

        public LocalizedModel? Notes { get; set; }
    }

    internal sealed class RuleGroupFileModel
    {
        public int SchemaVersion { get; set; }

        public string? Group { get; set; }

        public List<RuleModel>? Rules { get; set; }
    }
}
