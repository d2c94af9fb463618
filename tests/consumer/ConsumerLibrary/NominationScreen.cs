using System;
using System.Linq;
using ThiDua.Rules;

namespace ConsumerLibrary
{
    /// <summary>What a host's shared library does: read a dossier, check it with the shared checker, summarise.</summary>
    public static class NominationScreen
    {
        public static string Screen(string dossierJson, string award, int year)
        {
            var dossier = ThiDuaJson.ReadDossier(dossierJson);
            var result = ThiDuaRules.Default.Check(new EligibilityRequest(award, dossier, AssessmentPeriod.CalendarYear(year)));
            if (result.Conditions.Any(c => c.Citations.Count == 0))
            {
                throw new InvalidOperationException("A condition came back without its citation.");
            }

            return $"{result.Verdict} under {result.RegimeId} ({result.Conditions.Count} conditions)";
        }
    }
}
