using System;

namespace ThiDua.Rules
{
    /// <summary>Neutral facts used to compile workflows at load time: an empty dossier, so every fact reads its default.</summary>
    internal static class RuleFactsProbe
    {
        public static readonly RuleFacts Neutral = new RuleFacts(new IndividualDossier(), string.Empty, AssessmentPeriod.CalendarYear(2020), new DateTime(2020, 12, 31));
    }
}
