using DocIntake.Core.Pages;

namespace DocIntake.Core.Tests.Extraction;

/// <summary>Hand-built orders: a typical Japanese fax order and variants of it.</summary>
internal static class SampleOrders
{
    public static PageBuilder JapaneseHeader(string title = "注文書", int page = 1, string faxNumber = "0566 21 4411", double contactConfidence = 0.94)
    {
        var b = new PageBuilder(page, source: "ocr");
        b.Text(40, 20, $"2026/11/20 14:32 FROM {faxNumber} TOKAI SEIKI P.001/001", 0.95);
        b.Text(700, 120, title, 0.95);
        b.Text(1100, 200, "注文番号: PO-26-0112", 0.95);
        b.Text(1100, 250, "発行日: 2026年11月20日", 0.95);
        b.Text(80, 300, "株式会社三河精密 御中", 0.95);
        b.Text(1100, 330, "株式会社東海精機", 0.93);
        b.Text(1100, 380, "〒448-0003 愛知県刈谷市一ツ木町5丁目12番地", 0.93);
        b.Text(1100, 430, "TEL 0566-21-4410 FAX 0566-21-4411", contactConfidence);
        b.Text(80, 500, "納期", 0.95);
        b.Text(300, 500, "2026年12月10日", 0.95);
        b.Text(80, 550, "納入場所", 0.95);
        b.Text(300, 550, "弊社本社工場", 0.95);
        return b;
    }

    /// <summary>The line table's header row (No. 品番 品名 数量 単位 単価 金額) at <paramref name="top"/>.</summary>
    public static PageBuilder TableHeader(this PageBuilder b, int top) =>
        b.Text(60, top, "No.").Text(160, top, "品番").Text(480, top, "品名").Text(900, top, "数量").Text(1040, top, "単位")
            .Text(1180, top, "単価").Text(1420, top, "金額");

    /// <summary>Line table header at y=700 and rows every 50 px: (part, name, qty, unit, price, amount).</summary>
    public static PageBuilder Table(this PageBuilder b, int top, params (string Part, string Name, string Qty, string Unit, string Price, string Amount)[] rows)
    {
        b.TableHeader(top);
        var y = top + 50;
        var n = 1;
        foreach (var r in rows)
        {
            b.Text(70, y, n.ToString(System.Globalization.CultureInfo.InvariantCulture), 0.95)
                .Text(160, y, r.Part, 0.95).Text(480, y, r.Name, 0.95).Right(980, y, r.Qty, 0.95).Text(1050, y, r.Unit, 0.95)
                .Right(1260, y, r.Price, 0.95).Right(1500, y, r.Amount, 0.95);
            y += 50;
            n++;
        }

        return b;
    }

    public static PageBuilder Totals(this PageBuilder b, int top, string subtotal, string tax, string total)
    {
        b.Text(900, top, "小計", 0.95).Right(1500, top, subtotal, 0.95);
        b.Text(900, top + 50, "消費税", 0.95).Right(1500, top + 50, tax, 0.95);
        b.Text(900, top + 100, "合計金額", 0.95).Right(1500, top + 100, total, 0.95);
        return b;
    }

    /// <summary>A consistent two-line order: 100 × 320 = 32,000 and 50 × 85.5 = 4,275; subtotal 36,275, tax 3,627.</summary>
    public static IReadOnlyList<PageText> Consistent() => Order("4,275", "36,275", "3,627", "¥39,902");

    public static IReadOnlyList<PageText> Order(string secondAmount, string subtotal, string tax, string total) =>
    [
        JapaneseHeader()
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"), ("BU-2040", "ブッシュ", "50", "個", "85.5", secondAmount))
            .Text(480, 850, "以下余白", 0.95)
            .Totals(1000, subtotal, tax, total)
            .Build(),
    ];
}
