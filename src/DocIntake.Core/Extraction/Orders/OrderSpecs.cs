using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>The order's fields with their printed labels (Japanese and English), and the line table.</summary>
internal static class OrderSpecs
{
    public static readonly FieldSpec OrderNumber = new("orderNumber", ValueKind.Code, true,
        "注文番号", "発注番号", "注文No", "注文NO", "発注No", "注文書番号", "発注書番号", "伝票番号", "伝票No", "注番",
        "PO No", "P.O. No", "PO Number", "P.O. Number", "Order No", "Order Number", "Purchase Order No");

    public static readonly FieldSpec OrderDate = new("orderDate", ValueKind.Date, true,
        "注文日", "発注日", "発行日", "注文年月日", "発注年月日", "発行年月日", "作成日", "Order Date", "Issue Date", "Date", "Date Issued");

    public static readonly FieldSpec DeliveryDate = new("deliveryDate", ValueKind.Date, true,
        "納期", "納入日", "希望納期", "納入期日", "納品日", "納入期限", "指定納期", "Delivery Date", "Required Date", "Delivery", "Due Date");

    public static readonly FieldSpec DeliveryLocation = new("deliveryLocation", ValueKind.Text, false,
        "納入場所", "納品先", "納入先", "納品場所", "受渡場所", "Ship To", "Deliver To", "Delivery Address");

    public static readonly FieldSpec Subtotal = new("subtotal", ValueKind.Money, false,
        "小計", "合計(税抜)", "税抜合計", "税抜金額", "Subtotal", "Sub Total", "Sub-total");

    public static readonly FieldSpec Tax = new("tax", ValueKind.Money, false,
        "消費税", "消費税額", "消費税(10%)", "消費税(8%)", "Tax", "Tax (10%)", "Consumption Tax", "Sales Tax", "VAT");

    public static readonly FieldSpec Total = new("total", ValueKind.Money, true,
        "合計金額", "総合計", "御注文金額", "ご注文金額", "注文金額", "合計(税込)", "税込合計", "総額", "合計",
        "Total", "Total Amount", "Grand Total", "Order Total");

    public static readonly FieldSpec Notes = new("notes", ValueKind.Text, false, "備考", "摘要", "特記事項", "Remarks", "Notes", "Note");

    public static readonly FieldSpec BuyerName = new("buyerName", ValueKind.Company, true, "発注者", "注文者", "発注元", "Buyer", "From", "Bill From");

    public static readonly FieldSpec SupplierName = new("supplierName", ValueKind.Company, true, "発注先", "注文先", "仕入先", "To", "Supplier", "Vendor", "Messrs");

    public static readonly FieldSpec BuyerPhone = new("buyerPhone", ValueKind.Phone, false, "TEL", "Tel", "電話", "電話番号", "℡", "Phone", "Telephone");

    public static readonly FieldSpec BuyerFax = new("buyerFax", ValueKind.Phone, false, "FAX", "Fax", "ファックス", "ファクス", "Facsimile");

    public static readonly FieldSpec Currency = new("currency", ValueKind.Text, true, "通貨", "Currency");

    /// <summary>The contract's order fields, in contract order.</summary>
    public static readonly FieldSpec[] Fields =
    [
        OrderNumber, OrderDate, BuyerName, BuyerPhone, BuyerFax, SupplierName, DeliveryDate, DeliveryLocation,
        Subtotal, Tax, Total, Currency, Notes,
    ];

    /// <summary>Labels that are not fields but must not be read as values (支払条件, 担当, 図番...).</summary>
    private static readonly string[] Others =
    [
        "支払条件", "お支払条件", "支払方法", "担当", "担当者", "ご担当", "図番", "件名", "〒", "住所", "所在地", "Payment Terms",
        "Attn", "Contact", "Page", "承認", "検印", "印",
    ];

    public static LabelSet Labels { get; } = new(
        Fields.SelectMany(f => f.Labels.Select(l => new Label(f.Name, l)))
            .Concat(Others.Select(o => new Label("other", o))));

    public static TableSpec Lines { get; } = new(
        [
            ("lineNo", ["No", "No.", "NO", "#", "行", "項", "項番", "Item"]),
            ("partNumber", ["品番", "型番", "部品番号", "品目コード", "品目番号", "Part No", "Part Number", "Item No", "P/N", "Item Code"]),
            ("drawing", ["図番", "図面番号", "Drawing No"]),
            ("description", ["品名", "品目", "品名・仕様", "品名/仕様", "品名(仕様)", "名称", "仕様", "Description", "Item Description", "Part Name"]),
            ("quantity", ["数量", "Qty", "Quantity", "Q'ty", "Oty"]), // Q read O on faxes
            ("unit", ["単位", "Unit", "UOM"]),
            ("unitPrice", ["単価", "Unit Price", "Price"]),
            ("amount", ["金額", "Amount", "Extended", "Line Total"]),
            ("deliveryDate", ["納期", "納入日", "希望納期", "Delivery", "Delivery Date", "Due Date", "Due"]),
            ("remarks", ["備考", "摘要", "Remarks", "Note", "Notes"]),
        ],
        minColumns: 3,
        anchors: ["quantity", "unitPrice", "amount"],
        stopLabels: ["小計", "合計", "消費税", "総合計", "合計金額", "税抜合計", "備考", "Subtotal", "Sub Total", "Total", "Tax", "Consumption Tax", "Grand Total", "Remarks", "Notes"],
        inferable: ["description", "quantity", "amount", "deliveryDate"],
        codes: ["partNumber", "drawing"],
        numbers: ["lineNo", "quantity", "unitPrice", "amount"],
        dates: ["deliveryDate"]);
}
