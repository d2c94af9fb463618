using System.Collections.Generic;
using System.Text.Json;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Overlays
{
    // The shape of an overlay file, as read from JSON; checked by OverlayLoader before anything uses it.

    internal sealed class OverlayFileModel
    {
        public int SchemaVersion { get; set; }

        public string? Id { get; set; }

        public LocalizedModel? Name { get; set; }

        /// <summary>The regime whose awards the overlay tightens.</summary>
        public string? Regime { get; set; }

        public LocalizedModel? Notes { get; set; }

        /// <summary>The local regulations the overlay cites (decisions of a ministry, province or unit).</summary>
        public List<DocumentModel>? Documents { get; set; }

        public List<ParameterOverrideModel>? Parameters { get; set; }

        public List<OverlayConditionModel>? Conditions { get; set; }

        /// <summary>Never allowed; read only so that an attempt to remove a condition of the law gets a clear refusal.</summary>
        public JsonElement? Remove { get; set; }
    }

    internal sealed class ParameterOverrideModel
    {
        /// <summary>The id of the law's condition whose numbers change.</summary>
        public string? Rule { get; set; }

        public Dictionary<string, JsonElement>? Values { get; set; }

        public List<CitationModel>? Citations { get; set; }
    }

    internal sealed class OverlayConditionModel
    {
        /// <summary>The awards of the regime the condition is added to.</summary>
        public List<string>? Awards { get; set; }

        public RuleModel? Rule { get; set; }
    }
}
