using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Values;

/// <summary>Units printed in order lines and measurement rows; a unit cell is matched against these.</summary>
internal static class Units
{
    private static readonly string[] Known =
    [
        "個", "本", "枚", "式", "セット", "組", "台", "箱", "kg", "g", "m", "mm", "cm", "pcs", "pc", "set", "sets", "ea", "lot",
        "μm", "um", "HRC", "HRB", "HV", "HB", "%", "°C", "N", "MPa", "Ra", "deg",
    ];

    /// <summary>Units an inspection record gives a measurement in; "lot" or 個 there is a misreading ("pot" for μm).</summary>
    private static readonly HashSet<string> Measurement = new(StringComparer.OrdinalIgnoreCase)
    {
        "kg", "g", "m", "mm", "cm", "μm", "um", "HRC", "HRB", "HV", "HB", "%", "°C", "N", "MPa", "Ra", "deg",
    };

    public static bool IsMeasurementUnit(string unit) => Measurement.Contains(unit);

    /// <summary>
    /// The unit in a cell: a known unit as printed, or the known unit one misread character away (pes → pcs),
    /// ignoring numbers and dashes that spilled into the cell. Null when nothing unit-like is there.
    /// </summary>
    public static (string Unit, bool Exact)? Read(string? text)
    {
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('-', 'ー', '一', '—', '|', '.', ',', '・', '"', '“', '”', '\'', '(', ')', '*'))
            .Where(w => w.Length > 0 && !w.All(c => char.IsAsciiDigit(c) || c is ',' or '.'))
            .ToList();
        foreach (var w in words)
        {
            var exact = Known.FirstOrDefault(k => string.Equals(k, w, StringComparison.OrdinalIgnoreCase));
            if (exact is not null)
            {
                return (exact == "um" ? "μm" : exact, true); // as listed: "Pcs" at the start of a fax line is pcs
            }

            // Fax OCR reads the c of "pcs" as e, and "pes" is no unit anyone prints: as sure as the word itself.
            if (w is "pes" or "pe")
            {
                return (w == "pes" ? "pcs" : "pc", true);
            }
        }

        // μ is not in OCR's Latin alphabet: "μm" comes back as um, wm, pm, ym, hm, nm, gm, Em or µm, one letter before
        // an m that makes no other unit (mm, cm, km) printed on an inspection record.
        if (words.Exists(w => w.Length == 2 && w[1] == 'm' && char.IsLetter(w[0]) && !"mckMCK".Contains(w[0], StringComparison.Ordinal)))
        {
            return ("μm", false);
        }

        foreach (var w in words)
        {
            var close = Known.Where(k => k.Length >= 2 && w.Length >= 2 && Fuzzy.Distance(k.ToUpperInvariant(), w.ToUpperInvariant()) == 1).ToList();
            if (close.Count == 1)
            {
                return (close[0] == "um" ? "μm" : close[0], false); // "yum": μm, one edit from its OCR spelling
            }
        }

        return words.Count > 0 ? (string.Join(' ', words), false) : null;
    }
}
