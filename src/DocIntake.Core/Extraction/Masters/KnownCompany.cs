using System.Text.Json.Nodes;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Masters;

/// <summary>
/// A company whose name the installation knows (its own, the addressee of what comes in; a supplier, the issuer of a
/// quality record), matched as fax OCR leaves it: the legal form is where OCR fails ("(株)三河精密" read "帆三河精密",
/// "株式会社" read "式会社", "高浜精密鋳造(株)" read "高浜精密鋳造内"). The name is matched on its distinctive part, one
/// character of slack, and the legal form is taken from what is left of it in print: a few marks are the abbreviation
/// (株), four or near 株式会社 the full form. Over thirteen 80-document sets (session 9, full runs) the addressee rule
/// corrected 137 addressees, all right (84 of them accepted), and confirmed 539 read right; on the issuers of quality
/// records it was simulated on the same runs before it was written: 40 corrections, all right.
/// </summary>
internal static class KnownCompany
{
    private static readonly (string Full, string Short)[] LegalForms = [("株式会社", "(株)"), ("有限会社", "(有)")];

    /// <summary>
    /// What a matched name's reading counts for at least: with the match as confirmation 0.944, and 0.93 on a 98-lpi
    /// fax page, whose OCR doubt counts 1.25-fold but does not decide a name the list settled. (0.8 until session 10
    /// left every match on a G3 page at 0.9125, under the threshold: 122 such names over sixteen sets, all right.)
    /// </summary>
    private const double MatchedConfidence = 0.84;

    /// <summary>Marks OCR leaves around a name in the 御中 line: rule remnants, colons, dashes, points.</summary>
    private const string Noise = "ー-—一=:：.,、。・|'\"`";

    public static void Apply(FieldDraft company, IReadOnlyList<Customer> known)
    {
        if (!company.Found || company.Value?.GetValue<string>() is not { } printed)
        {
            return;
        }

        foreach (var entry in known)
        {
            if (Match(printed, entry.Name) is { } name)
            {
                // Matched, the value is the known name: what OCR garbled (the legal form) no longer decides it, so its
                // low confidence is not the value's (137 of 137 addressee corrections right, see above).
                company.Master = MasterEvidence.Exact;
                company.Ocr = Math.Max(company.Ocr, MatchedConfidence);
                company.Value = JsonValue.Create(name);
                return;
            }
        }
    }

    /// <summary>
    /// The known name in the form printed (legal form included); null when the print is not it. A name of kanji alone
    /// is matched once more with everything else taken out: the company seal printed over it is read as kana and Latin
    /// letters between its characters ("株式会社ーー三河テーキーオャ精審の", "(株)三ュー河イオ精密ュテャセテ").
    /// </summary>
    internal static string? Match(string printed, string knownName) =>
        MatchCompact(TextNormalizer.Compact(TextNormalizer.Normalize(printed)), knownName)
        ?? (KanjiOnly(knownName) && SealRemoved(printed) is { } cleaned ? MatchCompact(cleaned, knownName) : null);

    private static bool KanjiOnly(string name) =>
        TextNormalizer.Compact(name).All(TextNormalizer.IsKanji);

    /// <summary>The kanji of the print and its legal form's brackets; null when nothing else was there.</summary>
    private static string? SealRemoved(string printed)
    {
        var compact = TextNormalizer.Compact(TextNormalizer.Normalize(printed));
        var kept = string.Concat(compact.Where(c => TextNormalizer.IsKanji(c) || c is '(' or ')'));
        return kept.Length < compact.Length ? kept : null;
    }

    private static string? MatchCompact(string compact, string knownName)
    {
        var known = TextNormalizer.Compact(knownName);
        var leading = LegalForms.FirstOrDefault(f => known.StartsWith(f.Full, StringComparison.Ordinal));
        var trailing = LegalForms.FirstOrDefault(f => known.EndsWith(f.Full, StringComparison.Ordinal));
        if ((leading.Full ?? trailing.Full) is null)
        {
            // A name without a legal form of these (an English one): matched whole, two slips allowed on a long name.
            var distance = Fuzzy.Distance(compact.ToUpperInvariant(), known.ToUpperInvariant());
            return distance <= (known.Length >= 8 ? 2 : 0) ? knownName : null;
        }

        var form = leading.Full is not null ? leading : trailing;
        var core = leading.Full is not null ? known[form.Full.Length..] : known[..^form.Full.Length];
        if (core.Length < 3 || Core(compact, core) is not { } found)
        {
            return null;
        }

        var before = string.Concat(compact[..found.Start].Where(c => !Noise.Contains(c, StringComparison.Ordinal)));
        var after = string.Concat(compact[found.End..].Where(c => !Noise.Contains(c, StringComparison.Ordinal)));
        var (remnant, other) = leading.Full is not null ? (before, after) : (after, before);
        if (other.Length > 0)
        {
            return null;
        }

        // What stands where the legal form goes decides its form; nothing there means it was lost entirely: no guess.
        string printedForm;
        // Two characters of the full form left ("会社" of 株式会社) are its remains; (株) has one of them at most. So is
        // one the abbreviation lacks among marks as many as the full form's ("人式人", seed 307's tune-047).
        if (remnant == form.Full || (remnant.Length >= 3 && Fuzzy.Distance(remnant, form.Full) <= 1)
            || remnant.Distinct().Count(c => form.Full.Contains(c, StringComparison.Ordinal)) >= 2
            || (remnant.Length >= 3 && remnant.Any(c => form.Full.Contains(c, StringComparison.Ordinal) && !form.Short.Contains(c, StringComparison.Ordinal))))
        {
            printedForm = form.Full;
        }
        else if (remnant.Length is >= 1 and <= 3 && !remnant.Any(c => core.Contains(c, StringComparison.Ordinal)))
        {
            printedForm = form.Short;
        }
        else
        {
            return null;
        }

        return leading.Full is not null ? printedForm + core : core + printedForm;
    }

    /// <summary>Where the core name stands in the print, one character off at most (二河精密, 河精密): the closest, longest window.</summary>
    private static (int Start, int End)? Core(string compact, string core)
    {
        (int Start, int End, int Distance)? best = null;
        foreach (var length in new[] { core.Length, core.Length + 1, core.Length - 1 })
        {
            for (var start = 0; start + length <= compact.Length; start++)
            {
                var distance = Fuzzy.Distance(compact.Substring(start, length), core);
                if (distance <= 1 && (best is null || distance < best.Value.Distance))
                {
                    best = (start, start + length, distance);
                }
            }
        }

        return best is { } b ? (b.Start, b.End) : null;
    }
}
