using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Text;
using System.Text.RegularExpressions;

namespace DocIntake.Core.Extraction.Layout;

/// <summary>
/// Pairs labels with values by layout: the text after the label in its own segment, else the next segment to the right
/// (same row, the next cell), else the nearest segment below that overlaps it (label cell above value cell).
/// </summary>
internal sealed partial class ValueLocator
{
    private readonly DocumentLayout layout;
    private readonly Dictionary<Segment, List<LabelHit>> hits = [];
    private readonly List<LabelHit> tied = [];

    private const string Specks = "-－ー―・.,:：|｜_~'`。、*＊";
    private readonly ISet<int> excludedRows;
    private readonly LabelSet labels;

    public ValueLocator(DocumentLayout layout, LabelSet labels, ISet<int> excludedRows)
    {
        this.layout = layout;
        this.labels = labels;
        this.excludedRows = excludedRows;
        foreach (var row in layout.Rows.Where(r => !excludedRows.Contains(r.Index)))
        {
            foreach (var segment in row.Segments)
            {
                var found = LabelFinder.Find(segment, labels);
                if (found.Count > 0)
                {
                    hits[segment] = found;
                }
                else
                {
                    tied.AddRange(LabelFinder.Tied(segment, labels));
                }
            }
        }
    }

    public IEnumerable<LabelHit> Hits => hits.Values.SelectMany(h => h);

    public IEnumerable<LabelHit> HitsFor(string owner) =>
        Hits.Where(h => h.Label.Owner == owner).OrderBy(h => h.Distance).ThenBy(h => h.Segment.Row);

    /// <summary>True when the segment begins with a label (it is a label cell, not a value).</summary>
    public bool StartsWithLabel(Segment segment) =>
        hits.TryGetValue(segment, out var h) && h[0].LabelPart.Box.X <= segment.Box.X + 2;

    /// <summary>The value for <paramref name="spec"/>: the first labelled candidate that parses, else the first one found.</summary>
    public FieldDraft Locate(FieldSpec spec, ReadContext context, string? thresholdName = null)
    {
        FieldDraft? fallback = null;
        LabelHit? seen = null;
        foreach (var hit in HitsFor(spec.Name))
        {
            seen ??= hit;

            foreach (var candidate in Candidates(hit))
            {
                if (IsLabelTail(hit, candidate))
                {
                    break;
                }

                var whole = spec.Kind switch
                {
                    ValueKind.Text => WithLowercaseTail(candidate),
                    ValueKind.Money => WithAmountTail(candidate),
                    _ => candidate,
                };
                var value = ValueReader.Read(whole.Text, spec.Kind, context);
                var draft = FieldDraft.FromSegment(spec.Name, thresholdName ?? spec.Name, spec.Kind, spec.Required, whole, value);
                if (value is not null)
                {
                    return draft;
                }

                fallback ??= draft;
            }
        }

        // A label garbled to a tie between fields ("注文昌") is this field's when its value reads as this field's kind.
        if (spec.Kind is ValueKind.Date or ValueKind.Number or ValueKind.Money or ValueKind.Phone or ValueKind.Result)
        {
            foreach (var hit in tied.Where(h => h.Label.Owner == spec.Name))
            {
                if (Candidates(hit).FirstOrDefault() is { } candidate && ValueReader.Read(candidate.Text, spec.Kind, context) is { } value)
                {
                    return FieldDraft.FromSegment(spec.Name, thresholdName ?? spec.Name, spec.Kind, spec.Required, candidate, value);
                }
            }
        }

        return fallback ?? NotRead(spec.Name, thresholdName ?? spec.Name, spec.Kind, spec.Required, seen);
    }

    /// <summary>
    /// A phrase cut in two by a gap OCR saw between its words ("Deliver To: As per separate | instruction", seed 277's
    /// tune-047; "Please attach the inspection | report." under Remarks, seed 337's tune-077): the next segment of the
    /// row goes on with it when it begins in lower case, as no new label or cell does.
    /// </summary>
    private Segment WithLowercaseTail(Segment rest)
    {
        var next = layout.RightOf(rest).FirstOrDefault(s => s != rest);
        return next is not null && next.Compact.Length > 0 && char.IsAsciiLetterLower(next.Compact[0]) && !StartsWithLabel(next)
            && next.Box.X - rest.Box.Right < layout.Page(rest.Page).Width * MaxTailGap
            ? Segment.Join([rest, next])
            : rest;
    }

    /// <summary>
    /// An amount cut at its thousands comma by a ruling line through its cell ("260, | 832 円", seed 389's tune-079,
    /// where the total was read as 260): the next segment goes on with it when it begins with the three figures of a group.
    /// </summary>
    private Segment WithAmountTail(Segment rest)
    {
        if (!rest.Compact.EndsWith(',') || !rest.Compact.Any(char.IsAsciiDigit))
        {
            return rest;
        }

        var next = layout.RightOf(rest).FirstOrDefault(s => s != rest);
        return next is not null && ThousandsGroup().IsMatch(next.Compact) && !StartsWithLabel(next)
            && next.Box.X - rest.Box.Right < layout.Page(rest.Page).Width * MaxTailGap
            ? Segment.Join([rest, next])
            : rest;
    }

    [GeneratedRegex(@"^[0-9]{3}(?![0-9])")]
    private static partial Regex ThousandsGroup();

    /// <summary>The widest gap, as a share of the page width, over which a phrase goes on.</summary>
    private const double MaxTailGap = 0.1;

    /// <summary>A missing value; when its label stood on the page, it is marked as seen (so it goes to review).</summary>
    public static FieldDraft NotRead(string name, string thresholdName, ValueKind kind, bool required, LabelHit? seen)
    {
        var draft = FieldDraft.Missing(name, thresholdName, kind, required);
        if (seen is not null)
        {
            draft.LabelSeen = true;
            draft.Page = seen.LabelPart.Page;
            draft.Box = seen.LabelPart.Box;
        }

        return draft;
    }


    /// <summary>
    /// The last word of a longer label of the same field, cut off from a garbled beginning ("Inspectec | by" for
    /// Inspected by, the blank after it the value): the label's end, not a value.
    /// </summary>
    private bool IsLabelTail(LabelHit hit, Segment candidate)
    {
        var key = LabelKey.Of(candidate.Compact);
        return key.Length is > 0 and <= 3 && key.All(char.IsAsciiLetter)
            && labels.Labels.Any(l => l.Owner == hit.Label.Owner && l.Key.Length > key.Length && l.Key.EndsWith(key, StringComparison.Ordinal)
                && !hit.Label.Key.EndsWith(key, StringComparison.Ordinal));
    }

    /// <summary>
    /// A bracketed note after a label ("御注文金額(税抜)", "Amount (JPY)"): part of the label, the value is further on. A
    /// cell's ruling read as "|" may follow it ("(税抜) |"), or its closing bracket stand apart ("合計金額 (税込 ) 116,500円",
    /// seed 269's tune-011, where "(税込" was taken for the total).
    /// </summary>
    private static bool IsQualifier(string compact)
    {
        compact = compact.TrimEnd('|', '｜');
        return compact.Length is > 0 and <= 10 && compact[0] is '(' or '[' && !compact.Any(char.IsAsciiDigit)
            && (compact[^1] is ')' or ']' || (compact.Length <= 4 && compact.IndexOfAny([')', ']']) < 0));
    }

    /// <summary>
    /// The rest of a longer label of the same field, one letter misread, with or without its qualifier: "合計金客(税込)"
    /// matched as 合計 leaves "金客(税込)", which is 金額(税込) and no value (seed 269's tune-029, its ¥221,625 beside it);
    /// "発行H" matched as 発行 leaves "H", the 日 of 発行日 (seed 157's tune-066, its 2026-02-02 in the next cell).
    /// </summary>
    private bool IsMisreadLabelRest(LabelHit hit, string rest)
    {
        var bracket = rest.IndexOfAny(['(', '[']);
        var head = LabelKey.Of(bracket < 0 ? rest : rest[..bracket]);
        // The label matched short of its last letter, which begins the rest: "発行H" is 発行日, not 発行 and "H".
        var matched = LabelKey.Of(hit.LabelPart.Compact);
        if (head.Length == 1 && !char.IsAsciiDigit(head[0]) && matched.Length + 1 == hit.Label.Key.Length
            && Fuzzy.Distance(matched + head, hit.Label.Key) == 1)
        {
            return true;
        }

        return head.Length is >= 2 and <= 4 && !head.Any(char.IsAsciiDigit) && (bracket < 0 || IsQualifier(rest[bracket..]))
            && labels.Labels.Any(l => l.Owner == hit.Label.Owner && l.Key.Length == hit.Label.Key.Length + head.Length
                && l.Key.StartsWith(hit.Label.Key, StringComparison.Ordinal) && Fuzzy.Distance(l.Key[hit.Label.Key.Length..], head) == 1);
    }

    private static bool IsSpeck(Segment segment) => segment.Compact.All(c => Specks.Contains(c, StringComparison.Ordinal));

    /// <summary>Segments that may hold the value of a label, in order of preference.</summary>
    public IEnumerable<Segment> Candidates(LabelHit hit)
    {
        // A speck or dash after the label ("合計金額 -  754,350円") is no value: the cell to the right is.
        if (hit.Rest is { } rest && rest.Compact.Length > 0 && !IsSpeck(rest))
        {
            if (!IsQualifier(rest.Compact) && !IsMisreadLabelRest(hit, rest.Compact))
            {
                yield return rest;
                yield break;
            }
        }

        var page = layout.Page(hit.Segment.Page);
        var maxGap = page.Width * 0.35;
        var isLastInSegment = !hits.TryGetValue(hit.Segment, out var inSegment) || ReferenceEquals(inSegment[^1], hit);
        if (isLastInSegment)
        {
            // A speck between label and value cells ("小計 | . | 2.365.280円") is passed over like one after the label.
            var right = layout.RightOf(hit.Segment).Where(s => s != hit.Segment).SkipWhile(IsSpeck).FirstOrDefault();
            if (right is not null && right.Box.X - hit.Segment.Box.Right < maxGap && !StartsWithLabel(right))
            {
                yield return right;
            }
        }

        foreach (var below in layout.Below(hit.LabelPart, maxRows: 2))
        {
            // A label above the table ("Inspected by" left blank) does not own the table's header or rows.
            if (StartsWithLabel(below) || excludedRows.Contains(below.Row))
            {
                yield break;
            }

            yield return below;
            yield break;
        }
    }
}
