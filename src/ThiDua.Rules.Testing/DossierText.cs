using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ThiDua.Rules.Testing
{
    /// <summary>
    /// Writes a dossier as compact JSON in the ThiDua.Rules dossier format (camel-case names, enums as camel-case
    /// strings, dates as <c>yyyy-MM-dd</c>, periods as <c>"2021"</c> or <c>"2021-2022"</c>, nulls left out), so a
    /// counter-example can be pasted into a file and checked again. This package does not depend on the checker, so
    /// it has its own small writer; <c>ThiDuaJson.ReadDossier</c> reads its output.
    /// </summary>
    public static class DossierText
    {
        /// <summary>Writes <paramref name="dossier"/> as compact JSON.</summary>
        /// <param name="dossier">The dossier.</param>
        /// <returns>The JSON text.</returns>
        public static string ToJson(IndividualDossier dossier)
        {
            if (dossier == null)
            {
                throw new ArgumentNullException(nameof(dossier));
            }

            var w = new Writer();
            w.Begin();
            w.String("id", dossier.Id);
            w.String("fullName", dossier.FullName);
            w.Enum("category", dossier.Category);
            w.Date("recruitmentDate", dossier.RecruitmentDate);
            w.List("periods", dossier.Periods, Period);
            w.List("awardHistory", dossier.AwardHistory, (x, a) =>
            {
                x.Begin();
                x.String("code", a.Code);
                x.Period("period", a.Period);
                x.Period("firstPeriod", a.FirstPeriod);
                x.String("decisionNumber", a.DecisionNumber);
                x.Date("decisionDate", a.DecisionDate);
                x.End();
            });
            w.List("disciplines", dossier.Disciplines, (x, d) =>
            {
                x.Begin();
                x.Enum("form", (DisciplineForm?)d.Form);
                x.Date("decisionDate", d.DecisionDate);
                x.String("decisionNumber", d.DecisionNumber);
                x.End();
            });
            w.List("proceedings", dossier.Proceedings, (x, p) =>
            {
                x.Begin();
                x.Enum("kind", (ProceedingKind?)p.Kind);
                x.Date("openedOn", p.OpenedOn);
                x.Date("closedOn", p.ClosedOn);
                x.End();
            });
            w.List("initiatives", dossier.Initiatives, (x, i) =>
            {
                x.Begin();
                x.String("title", i.Title);
                x.Enum("kind", (InitiativeKind?)i.Kind);
                x.Enum("scope", (InitiativeScope?)i.Scope);
                x.Period("period", i.Period);
                x.Bool("acceptedAndApplied", i.AcceptedAndApplied);
                x.String("decisionNumber", i.DecisionNumber);
                x.End();
            });
            w.End();
            return w.ToString();
        }

        private static void Period(Writer w, PeriodRecord p)
        {
            w.Begin();
            w.Period("period", p.Period);
            w.Number("monthsWorked", p.MonthsWorked);
            w.Enum("taskRating", p.TaskRating);
            if (p.Attestations is CouncilAttestations a)
            {
                w.Name("attestations");
                w.Begin();
                w.Bool("policyComplianceAndSolidarity", a.PolicyComplianceAndSolidarity);
                w.Bool("activeStudy", a.ActiveStudy);
                w.Bool("ethicsAndLifestyle", a.EthicsAndLifestyle);
                w.Bool("productiveWorkAndEmulation", a.ProductiveWorkAndEmulation);
                w.Bool("exemplaryConduct", a.ExemplaryConduct);
                w.Bool("outstandingAmongPeers", a.OutstandingAmongPeers);
                w.Bool("mostOutstandingAmongPeers", a.MostOutstandingAmongPeers);
                w.End();
            }

            w.List("leaves", p.Leaves, (x, l) =>
            {
                x.Begin();
                x.Enum("kind", (LeaveKind?)l.Kind);
                x.Number("months", l.Months);
                x.Number("courseMonths", l.CourseMonths);
                x.Bool("compliedWithRules", l.CompliedWithRules);
                x.Enum("result", l.Result);
                x.Bool("medicalConclusionAtDistrictLevelOrAbove", l.MedicalConclusionAtDistrictLevelOrAbove);
                x.End();
            });
            if (p.Transfer is TransferRecord t)
            {
                w.Name("transfer");
                w.Begin();
                w.Number("monthsAtPreviousUnit", t.MonthsAtPreviousUnit);
                w.Bool("previousUnitCommentProvided", t.PreviousUnitCommentProvided);
                w.End();
            }

            w.List("ballots", p.Ballots, (x, b) =>
            {
                x.Begin();
                x.String("award", b.Award);
                x.Number("councilMembers", b.CouncilMembers);
                x.Number("votesInFavour", b.VotesInFavour);
                x.End();
            });
            w.End();
        }

        private sealed class Writer
        {
            private readonly StringBuilder _text = new StringBuilder();
            private bool _needsComma;

            public void Begin()
            {
                _text.Append('{');
                _needsComma = false;
            }

            public void End()
            {
                _text.Append('}');
                _needsComma = true;
            }

            public void Name(string name)
            {
                if (_needsComma)
                {
                    _text.Append(',');
                }

                Quoted(name);
                _text.Append(':');
                _needsComma = false;
            }

            public void String(string name, string? value)
            {
                if (value != null)
                {
                    Name(name);
                    Quoted(value);
                    _needsComma = true;
                }
            }

            public void Number(string name, int? value) => Raw(name, value?.ToString(CultureInfo.InvariantCulture));

            public void Bool(string name, bool? value) => Raw(name, value == null ? null : value.Value ? "true" : "false");

            public void Date(string name, DateTime? value)
            {
                if (value is DateTime date)
                {
                    String(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }

            public void Period(string name, AssessmentPeriod? value)
            {
                if (value is AssessmentPeriod period && period.StartYear != 0)
                {
                    String(name, period.ToString());
                }
            }

            public void Enum<T>(string name, T? value)
                where T : struct, Enum
            {
                if (value is T v)
                {
                    var text = v.ToString();
                    String(name, char.ToLowerInvariant(text[0]) + text.Substring(1));
                }
            }

            public void List<T>(string name, IReadOnlyList<T>? items, Action<Writer, T> write)
                where T : class
            {
                if (items == null)
                {
                    return;
                }

                Name(name);
                _text.Append('[');
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0)
                    {
                        _text.Append(',');
                    }

                    if (items[i] == null)
                    {
                        _text.Append("null");
                    }
                    else
                    {
                        write(this, items[i]);
                    }
                }

                _text.Append(']');
                _needsComma = true;
            }

            public override string ToString() => _text.ToString();

            private void Raw(string name, string? value)
            {
                if (value != null)
                {
                    Name(name);
                    _text.Append(value);
                    _needsComma = true;
                }
            }

            private void Quoted(string value)
            {
                _text.Append('"');
                foreach (var c in value)
                {
                    switch (c)
                    {
                        case '"':
                            _text.Append("\\\"");
                            break;
                        case '\\':
                            _text.Append("\\\\");
                            break;
                        default:
                            if (c < ' ')
                            {
                                _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                _text.Append(c);
                            }

                            break;
                    }
                }

                _text.Append('"');
            }
        }
    }
}
