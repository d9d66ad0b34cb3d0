using System.Globalization;
using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Classification;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// The full dates printed in an order's header, above its lines (or in the page's top half when no table was read),
/// with what stands before each: the seeds of a date whose label was lost.
/// </summary>
internal static class HeaderDates
{
    /// <param name="Segment">The segment holding the date.</param>
    /// <param name="Match">The date, placed in the segment's text from its first digit.</param>
    /// <param name="RowBefore">All of the row's text before the date.</param>
    /// <param name="LabelBefore">The segment before the date's (unless it ends in its own value) and the date segment's own text before it: its label, if any.</param>
    internal readonly record struct HeaderDate(Segment Segment, DateMatch Match, string RowBefore, string LabelBefore);

    public static IEnumerable<HeaderDate> Scan(DocumentLayout layout, Table? table, ReadContext reader)
    {
        var firstLine = table?.RowIndexes.Min() ?? int.MaxValue;
        foreach (var row in layout.Rows.Where(r => r.Index < firstLine && (table is not null || r.Box.Y < layout.Page(r.Page).Height / 2)))
        {
            var before = string.Empty;
            var previous = string.Empty;
            foreach (var segment in row.Segments)
            {
                // From the first digit on: the parser takes a spaced date ("2026 03 27") only when it stands alone.
                var digit = segment.Text.IndexOfAny(Digits);
                var rest = digit < 0 ? string.Empty : segment.Text[digit..];
                if (digit >= 0
                    && (DateParser.TryParse(rest, out var match, reader.MonthFirst, reader.ReferenceDate) || DateParser.TryFind(rest, out match, reader.MonthFirst, reader.ReferenceDate))
                    && match.Kind == DateKind.Full)
                {
                    var own = segment.Text[..digit] + rest[..match.Index];
                    yield return new HeaderDate(segment, match, before + own, previous + " " + own);
                }

                before += segment.Text + " ";
                // A label and its value, or the title the date shares its row with ("御注文 EI | 2026-01-27", 書 lost):
                // not this date's label.
                previous = (segment.Text.Length > 0 && char.IsAsciiDigit(segment.Text[^1])) || DocumentClassifier.IsOrderTitle(segment.Text) ? string.Empty : segment.Text;
            }
        }
    }

    /// <summary>The one date left after <paramref name="candidates"/> were sifted, offered as <paramref name="name"/>: placed by form alone, doubtful (review).</summary>
    public static FieldDraft? OfferTheOnly(IEnumerable<HeaderDate> candidates, string name, bool required)
    {
        if (candidates.Take(2).ToList() is not [var only])
        {
            return null;
        }

        var date = only.Match.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var draft = FieldDraft.FromSegment(name, name, ValueKind.Date, required, only.Segment, JsonValue.Create(date));
        draft.Inferred = true;
        draft.Reasons.Add(ReviewReasons.Ambiguous);
        return draft;
    }

    /// <summary>
    /// The header date field a garbled Japanese label before a date can only be: the end of one of its labels, its first
    /// letters lost ("行 日" for 発行日), one of them with one letter misread ("納 基" for 納期; the first letter kept
    /// when only two are printed), or one whole after garbled letters ("布党納期" for 希望納期, seed 643's tune-019). Null
    /// when it fits no label of these fields, or labels of both.
    /// </summary>
    public static string? FieldOfGarbledLabel(string textBefore)
    {
        var letters = string.Concat(textBefore.Where(TextNormalizer.IsKanaOrKanji));
        if (letters.Length < 2)
        {
            return null;
        }

        // The label's first letter read as two ("全日 行日 202" for 発行日, seed 379's tune-057): its last word alone fits.
        var lastWord = textBefore.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => string.Concat(w.Where(TextNormalizer.IsKanaOrKanji))).LastOrDefault(w => w.Length > 0);
        return FieldOfLetters(letters) ?? (lastWord is { Length: >= 2 } && lastWord != letters ? FieldOfLetters(lastWord) : null);
    }

    private static string? FieldOfLetters(string letters)
    {
        var fields = new[] { OrderSpecs.OrderDate, OrderSpecs.DeliveryDate }
            .Where(f => f.Labels.Any(label => label.All(TextNormalizer.IsKanaOrKanji)
                && (FitsGarbled(letters, label) || (label.Length >= 2 && letters.Length > label.Length && letters.EndsWith(label, StringComparison.Ordinal)))))
            .ToList();
        return fields is [var only] ? only.Name : null;
    }

    private static bool FitsGarbled(string letters, string label) =>
        (label.Length > letters.Length && label.EndsWith(letters, StringComparison.Ordinal))
        || (label.Length == letters.Length && (letters.Length > 2 || letters[0] == label[0]) && Fuzzy.Distance(letters, label) == 1);

    /// <summary>Whether text before a date names it: any Japanese word (見積日, 発行日) or "date".</summary>
    public static bool NamesADate(string label) =>
        label.Any(TextNormalizer.IsKanaOrKanji) || label.Contains("date", StringComparison.OrdinalIgnoreCase);

    private static readonly char[] Digits = [.. "0123456789"];
}
