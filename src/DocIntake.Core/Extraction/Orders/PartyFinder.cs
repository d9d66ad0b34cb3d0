using DocIntake.Core.Text;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// The two companies on a document: the addressee (… 御中, To:) and the issuer, whose block carries its address,
/// TEL and FAX (usually top right, often under a seal). Shared by orders and quality records.
/// </summary>
internal static class PartyFinder
{
    /// <summary>
    /// The addressee: a segment ending in 御中 (or 御中 alone, then the name left of it), else one ending in a 御中 with its
    /// first character misread ("株式会社三河精密 件中") after a company name (doubted), else a labelled one.
    /// </summary>
    public static FieldDraft Addressee(ExtractionContext ctx, ValueLocator locator, FieldSpec spec, ISet<int> excludedRows)
    {
        return Honorific(ctx, spec, excludedRows, misread: false)
            ?? Honorific(ctx, spec, excludedRows, misread: true)
            ?? locator.Locate(spec, ctx.Read());
    }

    /// <summary>A misread 御中 is trusted this much of its OCR confidence: enough to show it, not to accept it.</summary>
    private const double MisreadHonorificTrust = 0.8;

    private static FieldDraft? Honorific(ExtractionContext ctx, FieldSpec spec, ISet<int> excludedRows, bool misread)
    {
        foreach (var row in ctx.Layout.Rows.Where(r => !excludedRows.Contains(r.Index)))
        {
            foreach (var segment in row.Segments)
            {
                var compact = segment.Compact;
                var at = misread ? MisreadHonorificAt(compact) : compact.LastIndexOf("御中", StringComparison.Ordinal);
                if (at < 0 || at < compact.Length - 3)
                {
                    continue;
                }

                var name = at > 0 ? segment.Take(at) : misread ? null : row.Segments.LastOrDefault(s => s.Box.Right <= segment.Box.X + 2);
                if (name is null || (misread && !CompanyName.LooksLikeCompany(name.Text)))
                {
                    continue;
                }

                var value = ValueReader.Read(name.Text, ValueKind.Company, ReadContext.Japanese);
                if (value is not null)
                {
                    var draft = FieldDraft.FromSegment(spec.Name, spec.Name, ValueKind.Company, spec.Required, name, value);
                    if (misread)
                    {
                        draft.Ocr *= MisreadHonorificTrust;
                    }

                    return draft;
                }
            }
        }

        return null;
    }

    /// <summary>Where "?中" ends a segment, ? being one kanji or kana other than 御 (件中, 衛中).</summary>
    private static int MisreadHonorificAt(string compact) =>
        compact.Length >= 4 && compact[^1] == '中' && !char.IsAscii(compact[^2]) && compact[^2] != '御' ? compact.Length - 2 : -1;

    /// <summary>
    /// The issuer: a labelled one when printed (発注者, Buyer), else the company-like segment that heads a block with
    /// TEL / FAX / 〒, nearest above it.
    /// </summary>
    public static FieldDraft Issuer(ExtractionContext ctx, ValueLocator locator, FieldSpec spec, FieldDraft addressee, ISet<int> excludedRows)
    {
        var labelled = locator.Locate(spec, ctx.Read());
        if (labelled.Found)
        {
            return labelled;
        }

        var contacts = locator.Hits
            .Where(h => h.Label.Owner is "buyerPhone" or "buyerFax" or "supplierPhone" or "supplierFax" || h.Label.Text == "〒")
            .Select(h => h.LabelPart)
            .ToList();
        Segment? best = null;
        var bestScore = double.MinValue;
        foreach (var row in ctx.Layout.Rows.Where(r => !excludedRows.Contains(r.Index)))
        {
            foreach (var segment in row.Segments)
            {
                if (!CompanyName.LooksLikeCompany(segment.Text) || segment.Compact.Contains("御中", StringComparison.Ordinal)
                    || (addressee.Box is { } a && segment.Page == addressee.Page && DocumentLayout.Overlap(a, segment.Box) > 0 && Math.Abs(a.Y - segment.Box.Y) < a.Height)
                    || locator.StartsWithLabel(segment))
                {
                    continue;
                }

                var page = ctx.Layout.Page(segment.Page);
                var score = -segment.Page * 10.0 - (segment.Box.Y / (double)page.Height);
                var below = contacts
                    .Where(c => c.Page == segment.Page && c.Box.Y > segment.Box.Y && c.Box.Y - segment.Box.Bottom < 8 * segment.Box.Height)
                    .Select(c => c.Box.Y - segment.Box.Bottom)
                    .DefaultIfEmpty(-1)
                    .Min();
                if (below >= 0)
                {
                    score += 5 - (below / (double)page.Height);
                }

                if (score > bestScore)
                {
                    best = segment;
                    bestScore = score;
                }
            }
        }

        if (best is null)
        {
            return labelled;
        }

        var draft = FieldDraft.FromSegment(spec.Name, spec.Name, ValueKind.Company, spec.Required, best, ValueReader.Read(best.Text, ValueKind.Company, ReadContext.Japanese));
        draft.Inferred = true;
        return draft;
    }

    /// <summary>The TEL or FAX printed nearest below the issuer's name (its contact block), else the first one.</summary>
    public static FieldDraft Contact(ExtractionContext ctx, ValueLocator locator, FieldSpec spec, FieldDraft issuer, string thresholdName)
    {
        var hits = locator.HitsFor(spec.Name).ToList();
        if (issuer.Box is { } box)
        {
            hits = [.. hits.OrderBy(h => Distance(h.LabelPart, issuer.Page ?? 1, box))];
        }

        foreach (var hit in hits)
        {
            foreach (var candidate in locator.Candidates(hit))
            {
                if (ValueReader.Read(candidate.Text, ValueKind.Phone, ctx.Read()) is { } value)
                {
                    return FieldDraft.FromSegment(spec.Name, thresholdName, ValueKind.Phone, spec.Required, candidate, value);
                }
            }
        }

        var missing = ValueLocator.NotRead(spec.Name, thresholdName, ValueKind.Phone, spec.Required, hits.FirstOrDefault());

        // A faxed order carries its sender's TEL and FAX under the name; read by OCR, a number not found was most
        // likely misread (its label too), so a person looks rather than the field staying silently empty.
        missing.LabelSeen |= issuer.Found && issuer.Ocr < 1;
        return missing;
    }

    private static double Distance(Segment label, int page, Pages.PixelBox issuer)
    {
        if (label.Page != page)
        {
            return double.MaxValue / 2;
        }

        var dy = label.Box.Y - issuer.Bottom;
        var dx = Math.Abs(label.Box.X - issuer.X);
        return (dy < -issuer.Height ? 10_000 + Math.Abs(dy) : Math.Abs(dy)) + (dx * 0.5);
    }
}
