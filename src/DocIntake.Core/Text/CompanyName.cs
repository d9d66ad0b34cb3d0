using System.Text.RegularExpressions;

namespace DocIntake.Core.Text;

/// <summary>Company names as the contract wants them: normalised, without honorifics (御中, 様, 殿) and labels (To:, Messrs.).</summary>
public static partial class CompanyName
{
    /// <summary>"株式会社山田製作所 御中" → "株式会社山田製作所"; "To: Acme Corp." → "Acme Corp."; "㈱山田 様" → "(株)山田".</summary>
    public static string Clean(string? text)
    {
        var s = TextNormalizer.Normalize(text);
        string previous;
        do
        {
            previous = s;
            s = LeadingLabelRegex().Replace(s, string.Empty);
            s = TrailingHonorificRegex().Replace(s, string.Empty);
            s = WithoutSealResidue(s);
            s = MisreadLtdRegex().Replace(s, "Ltd");
            s = s.Trim(' ', ':', ',', '、', '・');
        }
        while (s != previous);

        return s;
    }

    /// <summary>True when the text carries a legal form (株式会社, (株), Co., Ltd., Inc., GmbH…) or a typical
    /// company word (製作所, 工業, 商事…).</summary>
    public static bool LooksLikeCompany(string? text)
    {
        var s = TextNormalizer.Normalize(text);
        return s.Length > 1 && (JapaneseFormRegex().IsMatch(s) || LatinFormRegex().IsMatch(s));
    }

    /// <summary>
    /// A company seal (社印) stamped over the end of the name is read as a few stray characters around 印 ("東邦ファスナー
    /// 株式会社印フ", "之印"); they are cut when what is left is still clearly a company name.
    /// </summary>
    private static string WithoutSealResidue(string s)
    {
        var match = TrailingSealRegex().Match(s);
        return match.Success && match.Index > 0 && LooksLikeCompany(s[..match.Index]) ? s[..match.Index] : s;
    }

    /// <summary>"Co., Ltd." as OCR reads its L: "Itd", "ltd", "1td", "|td" (no word is spelt so).</summary>
    [GeneratedRegex(@"(?<=\bCo[.,]{0,2}\s*)[Il1|]td(?=\.?$)", RegexOptions.CultureInvariant)]
    private static partial Regex MisreadLtdRegex();

    [GeneratedRegex(@"\s*之?印\S{0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSealRegex();

    [GeneratedRegex(@"^(?:To|Messrs|Attn|Attention|Supplier|Vendor|Customer|Buyer|Sold\s*To|Bill\s*To|Dear)\b\.?\s*[:：]?\s*|^(?:宛先|宛名|発注先|注文先|仕入先|取引先|納入業者|御取引先|得意先)\s*[:：]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingLabelRegex();

    [GeneratedRegex(@"\s*(?:御中|各位|様|さま|殿|宛|Messrs\.?)\s*[.。]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingHonorificRegex();

    [GeneratedRegex(@"株式会社|有限会社|合同会社|合資会社|合名会社|\((?:株|有|同|資|名)\)|(?:一般|公益)(?:社団|財団)法人|製作所|工業|工作所|工業所|鉄工|商事|商会|商店|産業|興業|物産|電機|電気|精機|精工|精密|技研|化学|化成|金属|製鋼|製鉄|製薬|建設|販売|工販|通商|貿易|ホールディングス|コーポレーション|カンパニー", RegexOptions.CultureInvariant)]
    private static partial Regex JapaneseFormRegex();

    // Short forms (AG, AB, Oy, SAS) only in capitals and after a name word, so that codes like "AB-123" are not companies.
    [GeneratedRegex(@"(?<![A-Za-z])(?i:Co\.|Co\.?,?\s*Ltd|Ltd\.?|Limited|Inc\.?|Incorporated|Corp\.?|Corporation|Company|GmbH|Pte\.?|Pty\.?|K\.K\.|Kabushiki\s+Kaisha)(?![A-Za-z])|(?<=[A-Za-z.,]\s+)(?:AG|S\.A\.|S\.p\.A\.|B\.V\.|N\.V\.|LLC|L\.L\.C\.|LLP|PLC|SAS|SARL|Oy|AB)(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex LatinFormRegex();
}
