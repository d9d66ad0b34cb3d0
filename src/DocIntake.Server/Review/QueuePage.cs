using System.Globalization;
using System.Text;
using DocIntake.Core.Contract;
using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Review;

/// <summary>The queue: counts per state, filters (state, type, sender, mailbox, age), oldest first by default.</summary>
internal static class QueuePage
{
    public sealed record Row(DocumentRecord Record, string? SenderName, string? SenderFax, int Doubtful, ReviewClaim? Claim);

    public static async Task<IResult> ShowAsync(
        HttpContext http,
        IntakeDbContext db,
        ClaimService claims,
        TimeProvider clock,
        IOptions<ReviewOptions> options,
        IStringLocalizer<ReviewText> t,
        string? status,
        string? type,
        string? sender,
        string? mailbox,
        int? minAgeHours,
        string? sort,
        CancellationToken cancellationToken)
    {
        status = status is null || !DocumentStatus.IsKnown(status) ? DocumentStatus.NeedsReview : status;
        var counts = await db.Documents.AsNoTracking().GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Documents.AsNoTracking().Where(d => d.Status == status);
        if (!string.IsNullOrEmpty(type))
        {
            query = query.Where(d => d.DocumentType == type);
        }

        if (!string.IsNullOrEmpty(mailbox))
        {
            query = query.Where(d => d.Mailbox == mailbox);
        }

        if (minAgeHours is > 0)
        {
            var before = now.AddHours(-minAgeHours.Value);
            query = query.Where(d => d.ReceivedAt <= before);
        }

        var records = await query.OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id).Take(options.Value.QueueLimit).ToListAsync(cancellationToken);
        var held = await claims.CurrentAsync(records.Select(r => r.Id).ToList(), cancellationToken);
        var rows = records.Select(r => ToRow(r, held.GetValueOrDefault(r.Id))).ToList();
        if (!string.IsNullOrWhiteSpace(sender))
        {
            rows = rows.Where(r => Contains(r.SenderName, sender) || Contains(r.SenderFax, sender) || Contains(r.Record.Sender, sender)).ToList();
        }

        rows = sort switch
        {
            "newest" => rows.OrderByDescending(r => r.Record.ReceivedAt).ToList(),
            "doubtful" => rows.OrderByDescending(r => r.Doubtful).ThenBy(r => r.Record.ReceivedAt).ToList(),
            "sender" => rows.OrderBy(r => r.SenderName ?? r.SenderFax ?? r.Record.Sender, StringComparer.Ordinal).ToList(),
            "type" => rows.OrderBy(r => r.Record.DocumentType, StringComparer.Ordinal).ThenBy(r => r.Record.ReceivedAt).ToList(),
            _ => rows,
        };

        var mailboxes = await db.Documents.AsNoTracking().Where(d => d.Mailbox != null).Select(d => d.Mailbox!).Distinct().ToListAsync(cancellationToken);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{Html.E(t["Review queue"])}</h1>\n<ul class=\"counts\" id=\"counts\">");
        foreach (var s in DocumentStatus.All)
        {
            body.Append(CultureInfo.InvariantCulture,
                $"<li><a href=\"/review?status={s}\" data-status=\"{s}\"{(s == status ? " aria-current=\"page\"" : "")}>{Html.E(t["state:" + s])} <b>{counts.GetValueOrDefault(s)}</b></a></li>");
        }

        body.Append("</ul>\n");
        body.Append(CultureInfo.InvariantCulture, $"""
            <form method="get" action="/review" class="filters">
            <input type="hidden" name="status" value="{Html.E(status)}">
            <label>{Html.E(t["Type"])} <select name="type"><option value="">{Html.E(t["All"])}</option>{Options(FieldCatalog.Types, type, v => t["type:" + v])}</select></label>
            <label>{Html.E(t["Sender"])} <input name="sender" value="{Html.E(sender)}" size="16"></label>
            <label>{Html.E(t["Mailbox"])} <select name="mailbox"><option value="">{Html.E(t["All"])}</option>{Options(mailboxes, mailbox, v => v)}</select></label>
            <label>{Html.E(t["Older than (hours)"])} <input name="minAgeHours" type="number" min="0" value="{minAgeHours}" size="4"></label>
            <label>{Html.E(t["Sort"])} <select name="sort">{Options(["oldest", "newest", "doubtful", "sender", "type"], sort ?? "oldest", v => t["sort:" + v])}</select></label>
            <button type="submit">{Html.E(t["Filter"])}</button>
            <a class="button" href="/review/next" id="open-next" accesskey="n">{Html.E(t["Open the oldest"])} (N)</a>
            </form>
            """);
        body.Append(CultureInfo.InvariantCulture, $"""
            <table class="grid queue" id="queue">
            <thead><tr><th>{Html.E(t["Type"])}</th><th>{Html.E(t["Sender"])}</th><th>{Html.E(t["Received"])}</th><th>{Html.E(t["Age"])}</th>
            <th>{Html.E(t["Doubtful fields"])}</th><th>{Html.E(t["Working on it"])}</th><th>{Html.E(t["State"])}</th><th>{Html.E(t["File"])}</th></tr></thead>
            <tbody>
            """);
        foreach (var row in rows)
        {
            var r = row.Record;
            var claimText = row.Claim is null ? "" : Html.E(row.Claim.UserName);
            var reason = r.Status is DocumentStatus.Failed or DocumentStatus.Rejected ? $"<div class=\"reason\">{Html.E(r.StatusReason)}</div>" : "";
            body.Append(CultureInfo.InvariantCulture, $"""
                <tr data-id="{Html.E(r.Id)}">
                <td><a href="/review/documents/{Html.E(r.Id)}">{Html.E(t["type:" + r.DocumentType])}</a></td>
                <td>{Html.E(row.SenderName)}<div class="sub">{Html.E(row.SenderFax ?? r.Sender)}</div></td>
                <td><time datetime="{r.ReceivedAt:O}">{r.ReceivedAt.ToLocalTime():yyyy-MM-dd HH:mm}</time></td>
                <td>{Html.E(Age(now - r.ReceivedAt, t))}</td>
                <td class="num">{row.Doubtful}</td>
                <td>{claimText}</td>
                <td>{Html.E(t["state:" + r.Status])}{reason}</td>
                <td><a href="/review/documents/{Html.E(r.Id)}/original">{Html.E(r.FileName)}</a></td>
                </tr>
                """);
        }

        if (rows.Count == 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"8\" class=\"empty\">{Html.E(t["Nothing here."])}</td></tr>");
        }

        body.Append("</tbody></table>\n");
        return Html.Page(http, t, t["Review queue"], body.ToString(), "queue.js");
    }

    /// <summary>The oldest document needing review that nobody else is working on.</summary>
    public static async Task<IResult> NextAsync(HttpContext http, IntakeDbContext db, ClaimService claims, CancellationToken cancellationToken)
    {
        var user = ReviewApi.UserOf(http);
        var candidates = await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.NeedsReview)
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id).Select(d => d.Id).Take(200).ToListAsync(cancellationToken);
        var held = await claims.CurrentAsync(candidates, cancellationToken);
        var next = candidates.FirstOrDefault(id => !held.TryGetValue(id, out var c) || c.UserName == user);
        return Results.Redirect(next is null ? "/review" : $"/review/documents/{next}");
    }

    public static Row ToRow(DocumentRecord r, ReviewClaim? claim)
    {
        if (r.ContractJson is null)
        {
            return new Row(r, null, null, 0, claim);
        }

        var document = ContractJson.Deserialize(r.ContractJson);
        var company = document.DocumentType == DocumentTypes.QualityRecord ? "supplierName" : "buyerName";
        var name = FieldValues.Display(document.Fields.GetValueOrDefault(company)?.Value);
        var fax = document.Source.SenderFax ?? FieldValues.Display(document.Fields.GetValueOrDefault("buyerFax")?.Value);
        return new Row(r, name.Length > 0 ? name : null, string.IsNullOrEmpty(fax) ? null : fax, DocumentFields.DoubtfulCount(document), claim);
    }

    private static string Options(IEnumerable<string> values, string? selected, Func<string, string> label) =>
        string.Concat(values.Select(v => $"<option value=\"{Html.E(v)}\"{(v == selected ? " selected" : "")}>{Html.E(label(v))}</option>"));

    private static bool Contains(string? haystack, string needle) => haystack?.Contains(needle.Trim(), StringComparison.OrdinalIgnoreCase) == true;

    private static string Age(TimeSpan age, IStringLocalizer t) => age.TotalHours >= 24
        ? string.Format(CultureInfo.CurrentCulture, t["{0} d {1} h"], (int)age.TotalDays, age.Hours)
        : age.TotalMinutes >= 60
            ? string.Format(CultureInfo.CurrentCulture, t["{0} h {1} min"], (int)age.TotalHours, age.Minutes)
            : string.Format(CultureInfo.CurrentCulture, t["{0} min"], Math.Max(0, (int)age.TotalMinutes));
}
