using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;

namespace DocIntake.Core.Extraction.Quality;

/// <summary>The quality record's fields with their printed labels, and the measurement table.</summary>
internal static class QualitySpecs
{
    public static readonly FieldSpec ReportNumber = new("reportNumber", ValueKind.Code, false,
        "成績書番号", "成績書No", "検査成績書番号", "報告書番号", "管理番号", "No", "Report No", "Report Number", "Certificate No");

    public static readonly FieldSpec PartNumber = new("partNumber", ValueKind.Code, true,
        "品番", "部品番号", "品目番号", "型番", "Part No", "Part Number", "P/N");

    public static readonly FieldSpec PartName = new("partName", ValueKind.Text, true, "品名", "部品名", "品目", "名称", "Part Name", "Description");

    public static readonly FieldSpec LotNumber = new("lotNumber", ValueKind.Code, true,
        "ロットNo", "ロットNO", "ロット番号", "ロット", "製造番号", "製番", "Lot No", "Lot Number", "Lot");

    public static readonly FieldSpec Quantity = new("quantity", ValueKind.Number, false,
        "数量", "検査数", "出荷数", "納入数", "入荷数", "ロット数", "Quantity", "Q'ty", "Qty", "Shipped Qty",
        "Oty"); // Qty with its Q read O on a fax

    public static readonly FieldSpec InspectionDate = new("inspectionDate", ValueKind.Date, true,
        "検査日", "検査年月日", "測定日", "検査実施日", "Inspection Date", "Date of Inspection", "Inspected on", "Date");

    public static readonly FieldSpec Inspector = new("inspector", ValueKind.Text, false, "検査者", "検査員", "測定者", "検査担当", "Inspector", "Inspected by");

    public static readonly FieldSpec SupplierName = new("supplierName", ValueKind.Company, true, "製造者", "供給者", "発行者", "Supplier", "Manufacturer", "From");

    public static readonly FieldSpec CustomerName = new("customerName", ValueKind.Company, false, "納入先", "得意先", "Customer", "To", "Messrs");

    public static readonly FieldSpec OverallResult = new("overallResult", ValueKind.Result, true,
        "総合判定", "判定結果", "総合結果", "合否判定", "最終判定", "判定", "Overall Result", "Overall Judgement", "Judgement", "Judgment", "Final Result");

    public static readonly FieldSpec[] Fields =
    [
        ReportNumber, PartNumber, PartName, LotNumber, Quantity, InspectionDate, Inspector, SupplierName, CustomerName, OverallResult,
    ];

    private static readonly string[] Others =
    [
        "図番", "図面番号", "Drawing No", "抜取数", "n数", "サンプル数", "試料数", "Sample Size", "測定器", "Gauge", "Instrument",
        "承認", "確認", "作成", "検印", "担当", "〒", "住所", "Approved", "Checked", "Prepared", "Page",
    ];

    public static LabelSet Labels { get; } = new(
        Fields.SelectMany(f => f.Labels.Select(l => new Label(f.Name, l)))
            .Concat(Others.Select(o => new Label("other", o)))
            .Concat(new[] { "TEL", "Tel", "電話", "℡", "Phone" }.Select(l => new Label("supplierPhone", l)))
            .Concat(new[] { "FAX", "Fax" }.Select(l => new Label("supplierFax", l))));

    public static TableSpec Measurements { get; } = new(
        [
            ("no", ["No", "No.", "#"]),
            ("item", ["検査項目", "測定項目", "項目", "Item", "Inspection Item", "Characteristic"]),
            ("spec", ["規格", "規格値", "公差", "Specification", "Spec", "Standard", "Tolerance"]),
            ("unit", ["単位", "Unit"]),
            ("values", ["測定値", "実測値", "測定結果", "Measured", "Measured Value", "Measured Values", "Measurement", "Measurements",
                "n1", "x1", "N=1", "nl", "nI", "n|"]),

            // Sample headers as fax OCR reads them: 1 as l, I or |, 2 as z, 5 as S.
            ("values2", ["n2", "x2", "nz"]), ("values3", ["n3", "x3"]), ("values4", ["n4", "x4"]), ("values5", ["n5", "x5", "nS"]),
            ("instrument", ["測定器", "測定具", "Gauge", "Instrument"]),
            ("result", ["判定", "合否", "Result", "Judgement", "Judgment", "OK/NG"]),
        ],
        minColumns: 3,
        anchors: ["spec", "result", "values"],
        stopLabels: ["総合判定", "判定結果", "総合結果", "最終判定", "備考", "特記事項", "Overall Result", "Overall Judgement", "Judgement", "Remarks", "Notes"],
        inferable: ["item", "spec", "result"],
        series: ["values", "values2", "values3", "values4", "values5"]);
}
