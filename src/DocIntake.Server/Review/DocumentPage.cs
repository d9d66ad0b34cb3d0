using System.Globalization;
using System.Text;
using DocIntake.Core.Contract;
using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DocIntake.Server.Review;

/// <summary>
/// The document view: page image with boxes beside the editable fields (drawn by document.js from /review/api), the
/// shortcuts, and the audit trail. Opening a document that needs review claims it for the reviewer.
/// </summary>
internal static class DocumentPage
{
    public static async Task<IResult> ShowAsync(
        string id, HttpContext http, IntakeDbContext db, ClaimService claims, IStringLocalizer<ReviewText> t, CancellationToken cancellationToken)
    {
        var record = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (record is null)
        {
            return Results.NotFound();
        }

        var user = ReviewApi.UserOf(http);
        var claim = record.Status == DocumentStatus.NeedsReview ? await claims.ClaimAsync(id, user, cancellationToken) : null;
        var row = QueuePage.ToRow(record, claim);
        var source = record.ContractJson is { } json ? ContractJson.Deserialize(json).Source : new SourceInfo();
        var events = await db.AuditEvents.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);

        var banner = claim is not null && claim.UserName != user
            ? $"<p class=\"claimed\" id=\"claim-banner\" role=\"status\">{Html.E(string.Format(CultureInfo.CurrentCulture, t["{0} is working on this document until {1:HH:mm}. You can look, but not save."], claim.UserName, claim.ExpiresAt.ToLocalTime()))}</p>"
            : "";
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"""
            <div class="doc-head">
            <h1><span id="doc-type">{Html.E(t["type:" + record.DocumentType])}</span> <span class="sub">{Html.E(row.SenderName)} {Html.E(row.SenderFax ?? record.Sender)}</span></h1>
            <dl class="facts">
            <dt>{Html.E(t["State"])}</dt><dd id="doc-status" data-status="{Html.E(record.Status)}">{Html.E(t["state:" + record.Status])}</dd>
            <dt>{Html.E(t["Received"])}</dt><dd>{record.ReceivedAt.ToLocalTime():yyyy-MM-dd HH:mm}</dd>
            <dt>{Html.E(t["File"])}</dt><dd><a href="/review/documents/{Html.E(id)}/original">{Html.E(record.FileName)}</a></dd>
            <dt>{Html.E(t["Mail subject"])}</dt><dd id="mail-subject">{Html.E(source.Subject)}</dd>
            <dt>{Html.E(t["Reason"])}</dt><dd id="status-reason">{Html.E(record.StatusReason)}</dd>
            </dl>
            {banner}
            </div>
            <div id="message" class="message" role="alert" hidden></div>
            <div class="workspace">
            <section class="viewer-pane" aria-label="{Html.E(t["Page image"])}">
            <div class="viewer-tools">
            <button type="button" id="prev-page" title="Alt+PageUp">◀</button>
            <span id="page-label"></span>
            <button type="button" id="next-page" title="Alt+PageDown">▶</button>
            <button type="button" id="zoom-out" title="Alt+-">−</button>
            <button type="button" id="zoom-in" title="Alt+=">+</button>
            <button type="button" id="rotate" title="Alt+O">⟳</button>
            </div>
            <div class="viewer" id="viewer"><div class="sheet" id="sheet"><img id="page-image" alt="{Html.E(t["Page image"])}"><div id="boxes"></div></div></div>
            </section>
            <section class="form-pane">
            <div id="problems" class="problems"></div>
            <form id="review-form" autocomplete="off">
            <table class="fields" id="header-fields"></table>
            <div id="lines-block" hidden><h2>{Html.E(t["Lines"])}</h2><table class="rows" id="lines"></table></div>
            <div id="measurements-block" hidden><h2>{Html.E(t["Measurements"])}</h2><table class="rows" id="measurements"></table></div>
            </form>
            <div class="actions">
            <button type="button" id="confirm-doc" class="primary">{Html.E(t["Confirm document"])} (Ctrl+Enter)</button>
            <button type="button" id="reject-doc">{Html.E(t["Reject"])} (Alt+R)</button>
            <button type="button" id="change-type">{Html.E(t["Change type"])} (Alt+T)</button>
            <a href="/review" class="button">{Html.E(t["Back to the queue"])}</a>
            </div>
            </section>
            </div>
            <details class="shortcuts" open><summary>{Html.E(t["Keyboard shortcuts"])}</summary>
            <dl id="shortcuts">
            <dt>Enter</dt><dd>{Html.E(t["Confirm the field and go to the next doubtful one"])}</dd>
            <dt>Tab / Shift+Tab</dt><dd>{Html.E(t["Next / previous field"])}</dd>
            <dt>Ctrl+Enter</dt><dd>{Html.E(t["Confirm the document (when no field is doubtful)"])}</dd>
            <dt>Alt+R</dt><dd>{Html.E(t["Reject (not a document, duplicate, spam)"])}</dd>
            <dt>Alt+T</dt><dd>{Html.E(t["Change the document type"])}</dd>
            <dt>Alt+A / Alt+D / Alt+S</dt><dd>{Html.E(t["Add a row below / delete the row / split the row"])}</dd>
            <dt>Alt+PageUp / Alt+PageDown</dt><dd>{Html.E(t["Previous / next page"])}</dd>
            <dt>Alt+= / Alt+- / Alt+O</dt><dd>{Html.E(t["Zoom in / out / rotate"])}</dd>
            <dt>Esc</dt><dd>{Html.E(t["Back to the queue"])}</dd>
            </dl>
            </details>
            <section class="audit"><h2>{Html.E(t["Audit trail"])}</h2>
            <table class="grid" id="audit"><thead><tr><th>{Html.E(t["When"])}</th><th>{Html.E(t["Who"])}</th><th>{Html.E(t["What"])}</th><th>{Html.E(t["Details"])}</th></tr></thead><tbody>
            """);
        foreach (var e in events)
        {
            var what = e.ToStatus is null ? t["action:" + e.Action] : $"{t["state:" + (e.FromStatus ?? "-")]} → {t["state:" + e.ToStatus]}";
            body.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{e.At.ToLocalTime():yyyy-MM-dd HH:mm:ss}</td><td>{Html.E(e.Actor)}</td><td>{Html.E(what)}</td><td>{Html.E(e.Reason)}</td></tr>\n");
        }

        body.Append("</tbody></table></section>\n");
        body.Append(CultureInfo.InvariantCulture, $"""
            <dialog id="reject-dialog"><form method="dialog" class="stack">
            <h2>{Html.E(t["Reject the document"])}</h2>
            <label>{Html.E(t["Reason"])} <select id="reject-reason">{string.Concat(ReviewService.RejectReasons.Select(r => $"<option value=\"{r}\">{Html.E(t["reject:" + r])}</option>"))}</select></label>
            <label>{Html.E(t["Note"])} <input id="reject-note" maxlength="500"></label>
            <div><button value="ok" id="reject-ok" class="primary">{Html.E(t["Reject"])}</button> <button value="cancel" formnovalidate>{Html.E(t["Cancel"])}</button></div>
            </form></dialog>
            <dialog id="type-dialog"><form method="dialog" class="stack">
            <h2>{Html.E(t["Change type"])}</h2>
            <label>{Html.E(t["Type"])} <select id="type-select">{string.Concat(FieldCatalog.Types.Select(v => $"<option value=\"{v}\"{(v == record.DocumentType ? " selected" : "")}>{Html.E(t["type:" + v])}</option>"))}</select></label>
            <div><button value="ok" id="type-ok" class="primary">{Html.E(t["Change type"])}</button> <button value="cancel" formnovalidate>{Html.E(t["Cancel"])}</button></div>
            </form></dialog>
            """);

        var data = Html.Json(new
        {
            id,
            user,
            strings = new Dictionary<string, string>
            {
                ["page"] = t["Page {0} of {1}"],
                ["noImage"] = t["No page image (text PDF or not kept)."],
                ["confirmed"] = t["Confirmed. Opening the next document..."],
                ["rejected"] = t["Rejected."],
                ["doubtfulLeft"] = t["{0} fields still need review."],
                ["ocrText"] = t["Read as"],
                ["addRow"] = t["Add row"],
                ["deleteRow"] = t["Delete row"],
                ["splitRow"] = t["Split row"],
                ["readOnly"] = t["Read only"],
                ["network"] = t["The server could not be reached. Nothing was saved."],
            },
        });
        return Html.Page(http, t, t["type:" + record.DocumentType], body.ToString(), "document.js", data);
    }
}
