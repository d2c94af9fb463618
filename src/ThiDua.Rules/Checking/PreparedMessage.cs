using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using ThiDua.Rules.Facts;
using ThiDua.Rules.RuleData;

namespace ThiDua.Rules.Checking
{
    /// <summary>
    /// A Met or NotMet message in both languages, split into pieces with each placeholder resolved as the former
    /// per-call lookup did, in the same order: a rule parameter (decimal comma in Vietnamese), {period}, {award},
    /// a fact (formatted for people), or else left as written.
    /// </summary>
    internal sealed class PreparedMessage
    {
        private readonly Piece[] _vi;
        private readonly Piece[] _en;

        public PreparedMessage(LocalizedText template, CompiledRule rule, FactDescriptor[] needs, AwardDefinition award)
        {
            var cacheable = true;
            var usesFirst = false;
            var usesSecond = false;
            Piece[] Prepare(string text, Language language)
            {
                var pieces = new List<Piece>();
                foreach (var (isPlaceholder, part) in MessageTemplate.Split(text))
                {
                    if (!isPlaceholder)
                    {
                        pieces.Add(Piece.Literal(part));
                    }
                    else if (rule.Parameters.TryGetValue(part, out var parameter))
                    {
                        pieces.Add(Piece.Literal(language == Language.English ? parameter : parameter.Replace('.', ',')));
                    }
                    else if (part == "period")
                    {
                        pieces.Add(Piece.Period);
                    }
                    else if (part == "award")
                    {
                        pieces.Add(Piece.Literal(award.Name.Get(language)));
                    }
                    else if (FactCatalog.TryGet(part, out var fact))
                    {
                        pieces.Add(Piece.Fact(fact));
                        var index = Array.IndexOf(needs, fact);
                        usesFirst |= index == 0;
                        usesSecond |= index == 1;
                        cacheable &= index == 0 || index == 1;
                    }
                    else
                    {
                        pieces.Add(Piece.Literal("{" + part + "}"));
                    }
                }

                return pieces.ToArray();
            }

            _vi = Prepare(template.Vi, Language.Vietnamese);
            _en = Prepare(template.En, Language.English);
            Cacheable = cacheable;
            UsesFirst = usesFirst;
            UsesSecond = usesSecond;
        }

        /// <summary>Whether every fact the message names is one of the rule's first two needs (so it can be cached by their values).</summary>
        public bool Cacheable { get; }

        public bool UsesFirst { get; }

        public bool UsesSecond { get; }

        public LocalizedText Fill(AwardCheck facts) => new LocalizedText(Fill(_vi, facts, Language.Vietnamese), Fill(_en, facts, Language.English));

        private static string Fill(Piece[] pieces, AwardCheck facts, Language language)
        {
            if (pieces.Length == 1 && pieces[0].Kind == PieceKind.Literal)
            {
                return pieces[0].Text!;
            }

            var texts = new string[pieces.Length];
            for (var i = 0; i < pieces.Length; i++)
            {
                var piece = pieces[i];
                texts[i] = piece.Kind switch
                {
                    PieceKind.Literal => piece.Text!,
                    PieceKind.Period => facts.Period.ToString(),
                    _ => ValueFormatter.ForPeople(piece.FactDescriptor!.Value(facts), language),
                };
            }

            return string.Concat(texts);
        }
    }

    internal enum PieceKind
    {
        Literal,
        Period,
        Fact,
    }

    internal readonly struct Piece
    {
        private Piece(PieceKind kind, string? text, FactDescriptor? fact)
        {
            Kind = kind;
            Text = text;
            FactDescriptor = fact;
        }

        public static Piece Period => new Piece(PieceKind.Period, null, null);

        public PieceKind Kind { get; }

        public string? Text { get; }

        public FactDescriptor? FactDescriptor { get; }

        public static Piece Literal(string text) => new Piece(PieceKind.Literal, text, null);

        public static Piece Fact(FactDescriptor fact) => new Piece(PieceKind.Fact, null, fact);
    }
}
