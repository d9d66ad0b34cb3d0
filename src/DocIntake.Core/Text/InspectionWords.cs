using System.Text.RegularExpressions;

namespace DocIntake.Core.Text;

/// <summary>
/// Words of English inspection items. OCR drops the narrow gap between two words of an item ("Overalllength",
/// "Innerdiameter"); a run that is exactly two or three of these words is split again.
/// </summary>
public static partial class InspectionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "outer", "inner", "overall", "total", "diameter", "length", "width", "height", "depth", "thickness", "hole", "pitch",
        "surface", "roughness", "hardness", "runout", "flatness", "coaxiality", "concentricity", "parallelism",
        "perpendicularity", "straightness", "roundness", "cylindricity", "position", "chamfer", "appearance", "dimension",
        "thread", "plating", "coating", "film", "weight", "tensile", "strength", "angle", "radius", "groove", "slot", "taper",
        "bore", "shaft", "step", "flange", "wall", "case", "core", "effective", "hardening", "gauge", "visual", "check",
        "tip", "root", "tooth", "face", "center", "distance",
    };

    /// <summary>Inspection items of Japanese records, as printed (dimension, geometry, surface, material, look).</summary>
    private static readonly HashSet<string> JapaneseItems = new(StringComparer.Ordinal)
    {
        "外径", "内径", "全長", "長さ", "幅", "高さ", "厚さ", "板厚", "肉厚", "穴径", "穴ピッチ", "ピッチ", "深さ", "段差", "溝幅", "溝深さ",
        "表面粗さ", "面粗さ", "粗さ", "硬度", "硬さ", "表面硬度", "芯部硬度", "焼入れ深さ", "有効硬化層深さ", "振れ", "平面度", "真円度",
        "円筒度", "同軸度", "平行度", "直角度", "位置度", "真直度", "面取り", "外観", "ねじ", "ねじ径", "有効径", "歯先円径", "歯厚",
        "めっき膜厚", "膜厚", "塗装膜厚", "重量", "引張強さ", "寸法", "寸法A", "寸法B", "寸法C", "寸法D",
        "全高", "全幅", "直径", "歯幅", "穴深さ", "穴位置", "ねじ深さ", "偏心", "反り", "曲がり", "面粗度", "硬化層深さ",
    };

    /// <summary>
    /// Whether the item is a known inspection item word for word: a reading that makes a known term is confirmed by it,
    /// the way a part number is by the parts master (a misread rarely lands on another real term).
    /// </summary>
    public static bool IsKnownItem(string item)
    {
        var compact = item.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (JapaneseItems.Contains(compact))
        {
            return true;
        }

        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Outer diameter", "Dimension A": known words, a single capital letter naming one of several dimensions.
        return words.Length > 0 && Words.Contains(words[0])
            && words.All(w => Words.Contains(w) || (w.Length == 1 && char.IsAsciiLetterUpper(w[0])));
    }

    /// <summary>The known Japanese item as listed when the reading is it with OCR's gaps ("寸法 A" is 寸法A); else null.</summary>
    public static string? AsListed(string item)
    {
        var compact = item.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact != item && JapaneseItems.Contains(compact) ? compact : null;
    }

    /// <summary>
    /// A known Japanese item that is not the start of a longer one: "寸法" may be 寸法A with its letter lost, "外径" is
    /// itself whole.
    /// </summary>
    public static bool IsWholeKnownItem(string item) =>
        JapaneseItems.Contains(item) && !JapaneseItems.Any(k => k.Length > item.Length && k.StartsWith(item, StringComparison.Ordinal));

    /// <summary>
    /// The start of known Japanese items and no item itself: "外" of 外径 or 外観, "平面" of 平面度, the rest of the
    /// cell lost (fresh seed 653's tune-045 had "外" accepted).
    /// </summary>
    public static bool IsCutShortKnownItem(string item)
    {
        var compact = item.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Length > 0 && !JapaneseItems.Contains(compact)
            && JapaneseItems.Any(k => k.Length > compact.Length && k.StartsWith(compact, StringComparison.Ordinal));
    }

    /// <summary>
    /// Kana OCR confuses by their small marks (ビ/ピ, バ/パ …: the voiced and semi-voiced forms of one kana), and さ/き,
    /// one stroke apart (長さ read "長き" on image PDFs of seed 101).
    /// </summary>
    private static readonly string[] Confusable = ["さき", "ハバパ", "ヒビピ", "フブプ", "ヘベペ", "ホボポ", "カガ", "キギ", "クグ", "ケゲ", "コゴ", "サザ", "シジ", "スズ", "セゼ", "ソゾ", "タダ", "チヂ", "ツヅ", "テデ", "トド"];

    /// <summary>
    /// The known Japanese item a reading differs from only by kana marks ("穴ビッチ" → "穴ピッチ"), when exactly one does;
    /// else null. The reading is kept as raw text by the caller.
    /// </summary>
    public static string? CorrectJapaneseItem(string item)
    {
        var compact = item.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (JapaneseItems.Contains(compact))
        {
            return null;
        }

        var matches = JapaneseItems.Where(k => k.Length == compact.Length && k.Zip(compact).All(p => p.First == p.Second || SameKana(p.First, p.Second))).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>
    /// The known Japanese item a reading differs from in one character ("碑度" → 硬度, "回軸度" → 同軸度, "岬取り" → 面取り),
    /// when exactly one does; else null ("外儲" is one from 外径 and from 外観). A guess, for review.
    /// </summary>
    /// <remarks>
    /// Where the row says what kind of item it is, that decides between such neighbours: a row with a numeric
    /// specification (<paramref name="measured"/> true) is no visual check, so "外儲" there is 外径; a row without one is
    /// 外観. A mark OCR put before a known item ("人硬度") is dropped.
    /// </remarks>
    public static string? OneCharacterOff(string item, bool? measured = null)
    {
        var compact = item.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('.', '・', '。', ',', '_', '-');
        if (compact.Length < 2 || JapaneseItems.Contains(compact))
        {
            return null;
        }

        if (compact.Length >= 3 && IsWholeKnownItem(compact[1..]) && !JapaneseItems.Any(k => k.EndsWith(compact, StringComparison.Ordinal)))
        {
            return compact[1..];
        }

        var matches = JapaneseItems
            .Where(k => measured is not { } m || VisualItems.Contains(k) != m)
            .Where(k => k.Length == compact.Length && k.Zip(compact).Count(p => p.First != p.Second) == 1).ToList();
        if (matches.Count == 0 && compact.Length >= 3)
        {
            // A character too many ("穴ビピッチ": one kana read twice over) or lost ("穴ピッ"), on items long
            // enough that one character does not make another item.
            matches = [.. JapaneseItems.Where(k => k.Length >= 4 && Math.Abs(k.Length - compact.Length) == 1
                && Fuzzy.Distance(k, compact) == 1)];
        }

        return matches.Count == 1 ? matches[0] : null;
    }


    /// <summary>Items checked by eye, with no figures: 外観.</summary>
    private static readonly HashSet<string> VisualItems = new(StringComparer.Ordinal) { "外観" };

    /// <summary>
    /// The English item with each unknown word of five letters or more replaced by the one known word it differs from
    /// in one letter ("Appedrance" → Appearance, "Surtace roughness" → Surface roughness); null when a word is unknown
    /// and near no single known word, or when nothing was replaced. A guess, for review.
    /// </summary>
    public static string? OneLetterOff(string item)
    {
        // A mark after the item ("Appearance —", "Surface roughness."): a speck or the ruling beside the cell.
        var marked = TrailingMark().Match(item);
        var words = JoinSplitWords(item[..(marked.Success ? marked.Index : item.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries), out var replaced);
        replaced |= marked.Success;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (Words.Contains(word) || (word.Length == 1 && char.IsAsciiLetterUpper(word[0])))
            {
                continue;
            }

            var near = word.Length < 5 ? [] : Words.Where(k => k.Length == word.Length
                && k.Zip(word).Count(p => p.First != char.ToLowerInvariant(p.Second)) == 1).ToList();
            if (near.Count != 1)
            {
                return null;
            }

            words[i] = char.IsAsciiLetterUpper(word[0]) ? char.ToUpperInvariant(near[0][0]) + near[0][1..] : near[0];
            replaced = true;
        }

        return replaced ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// A short unknown word and the next one that make a known word, or one a letter off it, joined ("dia neter" → dianeter,
    /// of "Outer diameter" read with a blank inside a word, seed 337's tune-001, accepted twice).
    /// </summary>
    private static string[] JoinSplitWords(string[] words, out bool joined)
    {
        joined = false;
        var result = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var both = i + 1 < words.Length ? words[i] + words[i + 1] : null;
            if (both is not null && words[i].Length < 5 && !Words.Contains(words[i]) && both.All(char.IsAsciiLetter)
                && Words.Any(k => k.Length == both.Length && k.Zip(both).Count(p => p.First != char.ToLowerInvariant(p.Second)) <= 1))
            {
                result.Add(both);
                joined = true;
                i++;
            }
            else
            {
                result.Add(words[i]);
            }
        }

        return [.. result];
    }

    private static bool SameKana(char a, char b) => Confusable.Any(g => g.Contains(a, StringComparison.Ordinal) && g.Contains(b, StringComparison.Ordinal));

    /// <summary>The text with each run of two or three known words joined together split at their boundaries.</summary>
    public static string Split(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SplitWord));

    private static string SplitWord(string word)
    {
        if (word.Length < 8 || Words.Contains(word) || !word.All(char.IsAsciiLetter))
        {
            return word;
        }

        if (char.IsAsciiLetterUpper(word[^1]) && Words.Contains(word[..^1]))
        {
            return word[..^1] + " " + word[^1]; // "DimensionA": one of several dimensions named by a letter
        }

        for (var i = 3; i <= word.Length - 3; i++)
        {
            var head = word[..i];
            var tail = word[i..];
            if (!Words.Contains(head))
            {
                continue;
            }

            if (Words.Contains(tail))
            {
                return head + " " + tail;
            }

            var rest = SplitWord(tail);
            if (rest != tail)
            {
                return head + " " + rest;
            }
        }

        return word;
    }

    /// <summary>
    /// Hardness is meaningless without its scale (HRC, HV, HB); roughness and plating thickness are given in μm: those
    /// items are printed with their unit, where a dimension may go without.
    /// </summary>
    public static bool CarriesUnit(string item) => ScaledItem().IsMatch(item.ToUpperInvariant());

    /// <summary>Whether the item is surface roughness (表面粗さ, 面粗度, "Surface roughness"), however OCR garbled the rest of it.</summary>
    public static bool IsRoughness(string item) => RoughnessItem().IsMatch(item.ToUpperInvariant());

    /// <summary>Roughness and plating or coating thickness: items given in μm.</summary>
    public static bool IsGivenInMicrometres(string item) => IsRoughness(item) || CoatingItem().IsMatch(item.ToUpperInvariant());

    [GeneratedRegex("めっき|メッキ|膜厚|PLATING|COATING")]
    private static partial Regex CoatingItem();

    [GeneratedRegex("粗|ROUGHNESS")]
    private static partial Regex RoughnessItem();

    // 粗 and めっき alone still match the items when OCR garbles the rest (表庫粗き, めっき嘆厚).
    [GeneratedRegex("硬度|硬さ|粗|めっき|メッキ|膜厚|HARDNESS|ROUGHNESS|PLATING|COATING")]
    private static partial Regex ScaledItem();

    [GeneratedRegex(@"(?:\s*[—\-=.,:;'‘’_~]+)+\s*$")]
    private static partial Regex TrailingMark();
}
