namespace DocIntake.Core.Tests.Extraction;

/// <summary>A hand-built Japanese inspection record with a measurement table.</summary>
internal static class SampleQuality
{
    public static PageBuilder Japanese(
        string title = "検査成績書", string overall = "合格", string secondResult = "合", string appearance = "合", string addressee = "株式会社三河精密 御中",
        string partName = "シャフト φ10", double partNameConfidence = 0.95, string overallLabel = "総合判定", int overallY = 800, string lot = "L2611-03",
        string thirdHardness = "60.8")
    {
        var b = new PageBuilder(source: "ocr");
        b.Text(700, 100, title, 0.95);
        b.Text(80, 200, addressee, 0.95);
        b.Text(1100, 200, "株式会社碧海熱処理", 0.94);
        b.Text(1100, 250, "TEL 0566-92-3318", 0.94);
        b.Text(80, 350, "品番", 0.95).Text(300, 350, "MS-1001-A", 0.95).Text(800, 350, "品名", 0.95).Text(1000, 350, partName, partNameConfidence);
        b.Text(80, 400, "ロットNo.", 0.95).Text(300, 400, lot, 0.95).Text(800, 400, "数量", 0.95).Text(1000, 400, "200", 0.95);
        b.Text(80, 450, "検査日", 0.95).Text(300, 450, "2026/11/18", 0.95).Text(800, 450, "検査者", 0.95).Text(1000, 450, "山田", 0.95);
        b.Text(80, 550, "検査項目", 0.95).Text(300, 550, "規格", 0.95).Text(600, 550, "単位", 0.95)
            .Text(750, 550, "n1", 0.95).Text(900, 550, "n2", 0.95).Text(1050, 550, "n3", 0.95).Text(1300, 550, "判定", 0.95);
        b.Text(80, 600, "外径", 0.95).Text(300, 600, "10.00 ±0.02", 0.95).Text(600, 600, "mm", 0.95)
            .Text(750, 600, "10.01", 0.95).Text(900, 600, "9.99", 0.95).Text(1050, 600, "10.00", 0.95).Text(1310, 600, "合", 0.95);
        b.Text(80, 650, "硬度", 0.95).Text(300, 650, "58～62", 0.95).Text(600, 650, "HRC", 0.95)
            .Text(750, 650, "59.5", 0.95).Text(900, 650, "60.1", 0.95).Text(1050, 650, thirdHardness, 0.95).Text(1310, 650, secondResult, 0.95);
        b.Text(80, 700, "外観", 0.95).Text(300, 700, "傷なきこと", 0.95).Text(1310, 700, appearance, 0.95);
        b.Text(80, overallY, overallLabel, 0.95).Text(300, overallY, overall, 0.95);
        return b;
    }
}
