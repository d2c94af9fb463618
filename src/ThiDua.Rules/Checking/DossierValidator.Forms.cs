using System;
using System.Collections.Generic;

namespace ThiDua.Rules.Checking
{
    /// <summary>The checks on the dossier fields the forms of commendation read (positions, the basis of earlier decisions).</summary>
    internal static partial class DossierValidator
    {
        private static void CheckFormHistory(IndividualDossier dossier, ref List<DossierProblem>? problems)
        {
            for (var i = 0; i < (dossier.AwardHistory?.Count ?? 0); i++)
            {
                if (dossier.AwardHistory![i] is AwardRecord award)
                {
                    var path = JsonPath.Item("awardHistory", i);
                    Defined(award.Basis, path.Field("basis"), ref problems);
                    Defined(award.IssuerLevel, path.Field("issuerLevel"), ref problems);
                }
            }

            Each(dossier.Positions, "positions", "a position record", CheckPosition, ref problems);
        }

        private static void CheckPosition(PositionRecord position, JsonPath path, ref List<DossierProblem>? problems)
        {
            Defined(position.Level, path.Field("level"), ref problems);
            RequiredDate(position.From, path.Field("from"), ref problems);
            if (position.To is DateTime to)
            {
                NotBefore(to, position.From, path.Field("to"), "a post cannot end before it began", ref problems);
            }
        }
    }
}
