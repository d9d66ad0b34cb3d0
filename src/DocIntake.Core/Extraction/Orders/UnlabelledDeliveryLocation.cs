using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A delivery place whose 納入場所 label was lost ("“ae | 本社倉庫" on a 98-lpi fax): the one segment above the lines that
/// names a place of the buyer's or the supplier's the way delivery places are written (弊社 安城工場, 本社倉庫, 当社第二工場
/// 資材受入, 貴社持込). An absent place is then no "not printed": over 40 sets (session 19) 4 such were accepted as none,
/// and no order without a delivery place printed one of these words above its lines. Offered doubtful (review).
/// </summary>
internal static partial class UnlabelledDeliveryLocation
{
    public static FieldDraft? Find(DocumentLayout layout, Table? table)
    {
        var firstLine = table?.RowIndexes.Min() ?? int.MaxValue;
        var places = layout.Rows
            .Where(r => r.Index < firstLine && (table is not null || r.Box.Y < layout.Page(r.Page).Height / 2))
            .SelectMany(r => r.Segments)
            .Where(s => Place().IsMatch(s.Compact))
            .ToList();
        if (places is not [var only] || ValueReader.Read(only.Text, ValueKind.Text, ReadContext.Japanese) is not { } text)
        {
            return null;
        }

        var draft = FieldDraft.FromSegment("deliveryLocation", "deliveryLocation", ValueKind.Text, false, only, text);
        draft.Inferred = true;
        draft.Reasons.Add(ReviewReasons.Ambiguous);
        return draft;
    }

    /// <summary>
    /// A place written the usual way with its owner word misread by a kanji look-alike ("木社倉庫" for 本社倉庫, seed 431's
    /// tune-075, accepted): put back and doubted.
    /// </summary>
    public static void RepairOwner(FieldDraft place)
    {
        if (place.Value?.GetValue<string>() is not { Length: > 2 } text || MisreadOwner().Match(text) is not { Success: true } m)
        {
            return;
        }

        var owner = m.Groups[1].Value switch
        {
            "木" or "未" or "末" => "本",
            "幣" or "蔽" => "弊",
            "責" => "貴",
            var same => same,
        };
        var repaired = owner + "社" + text[2..];
        if (repaired != text && Place().IsMatch(TextNormalizer.Compact(repaired)))
        {
            place.Value = JsonValue.Create(repaired);
            place.Reasons.Add(ReviewReasons.Ambiguous);
        }
    }

    [GeneratedRegex("^(弊社|当社|本社|貴社)[^0-9０-９県市町村区]{0,10}(倉庫|工場|持込|受入)$")]
    private static partial Regex Place();

    [GeneratedRegex("^([木未末幣蔽責弊当本貴])[社杜]")]
    private static partial Regex MisreadOwner();
}
