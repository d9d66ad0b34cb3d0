using System.Globalization;
using System.Text;
using DocIntake.Core.Contract;
using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DocIntake.Server.Review;

/// <summary>
/// Group verification: one field kind across the documents needing review (all quantities, all lot numbers, all
/// measurement values read as "8"), as image crops beside their values; a screenful is confirmed at once and values
/// unlike the most common one are marked, so the odd one stands out.
/// </summary>
internal static class GroupPage
{
    private const int ScreenSize = 48;

    private sealed record Item(DocumentRecord Record, FieldRef Field);

    public static void MapGroupPage(this RouteGroupBuilder review)
    {
        review.MapGet("/group", ShowAsync);
        review.MapPost("/group/confirm", ConfirmAsync);
    }

    private static async Task<IResult> ShowAsync(
        HttpContext http, IntakeDbContext db, ClaimService claims, IStringLocalizer<ReviewText> t, string? field, string? value, bool? all, CancellationToken cancellationToken, string? message = null)
    {
        var user = ReviewApi.UserOf(http);
        var keys = FieldCatalog.OrderFields.Select(s => "fields." + s.Name)
            .Concat(FieldCatalog.QualityFields.Select(s => "fields." + s.Name))
            .Concat(FieldCatalog.OrderLine.Select(s => "lines." + s.Name))
            .Concat(FieldCatalog.MeasurementRow.Select(s => "measurements." + s.Name))
            .Distinct().ToList();
        field = field is not null && keys.Contains(field) ? field : "lines.quantity";
        var onlyDoubtful = all != true;

        var records = await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.NeedsReview && d.ContractJson != null)
            .OrderBy(d => d.ReceivedAt).Take(500).ToListAsync(cancellationToken);
        var held = await claims.CurrentAsync(records.Select(r => r.Id).ToList(), cancellationToken);
        var items = new List<Item>();
        foreach (var record in records.Where(r => !held.TryGetValue(r.Id, out var c) || c.UserName == user))
        {
            var document = ContractJson.Deserialize(record.ContractJson!);
            items.AddRange(DocumentFields.All(document)
                .Where(f => f.Key == field && (!onlyDoubtful || f.Field.NeedsReview))
                .Where(f => string.IsNullOrWhiteSpace(value) || Matches(f.Field, value))
                .Select(f => new Item(record, f)));
            if (items.Count >= ScreenSize)
            {
                break;
            }
        }

        items = items.Take(ScreenSize).ToList();
        var common = items.GroupBy(i => FieldValues.Display(i.Field.Field.Value)).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"""
            <h1>{Html.E(t["Group verification"])}</h1>
            {(message is null ? "" : $"<p class=\"notice\" role=\"status\" id=\"group-message\">{Html.E(message)}</p>")}
            <form method="get" action="/review/group" class="filters">
            <label>{Html.E(t["Field"])} <select name="field" id="group-field">{string.Concat(keys.Select(k => $"<option value=\"{k}\"{(k == field ? " selected" : "")}>{Html.E(Label(k, t))}</option>"))}</select></label>
            <label>{Html.E(t["Value"])} <input name="value" value="{Html.E(value)}" size="10"></label>
            <label><input type="checkbox" name="all" value="true"{(onlyDoubtful ? "" : " checked")}> {Html.E(t["Also fields not marked doubtful"])}</label>
            <button type="submit">{Html.E(t["Show"])}</button>
            </form>
            <p class="hint">{Html.E(t["Arrow keys move, Space unticks an odd one (open it to correct), Enter confirms every ticked value."])}</p>
            <form method="post" action="/review/group/confirm" id="group-form">
            {Html.HiddenToken(http)}
            <input type="hidden" name="field" value="{Html.E(field)}">
            <input type="hidden" name="value" value="{Html.E(value)}">
            <ul class="crops" id="crops">
            """);
        foreach (var item in items)
        {
            var f = item.Field.Field;
            var display = FieldValues.Display(f.Value);
            var odd = common is not null && display != common;
            var crop = f.Page is { } page && f.Box is { Length: 4 } b
                ? $"<img src=\"/review/documents/{Html.E(item.Record.Id)}/pages/{page}/crop?x={b[0]}&amp;y={b[1]}&amp;w={b[2]}&amp;h={b[3]}\" alt=\"{Html.E(f.Text)}\">"
                : $"<span class=\"noimage\">{Html.E(t["no image"])}</span>";
            body.Append(CultureInfo.InvariantCulture, $"""
                <li class="crop{(odd ? " odd" : "")}">
                <label><input type="checkbox" name="item" value="{Html.E(item.Record.Id)}|{item.Record.Version}|{Html.E(item.Field.Path)}" checked>
                <span class="image">{crop}</span>
                <span class="value">{Html.E(display)}</span></label>
                <span class="reasons">{Html.E(string.Join(", ", f.Reasons.Select(r => ReasonText.Describe(r, t))))}</span>
                <a href="/review/documents/{Html.E(item.Record.Id)}" class="open">{Html.E(t["Open"])}</a>
                </li>
                """);
        }

        body.Append(CultureInfo.InvariantCulture, $"""
            </ul>
            {(items.Count == 0 ? $"<p class=\"empty\">{Html.E(t["Nothing here."])}</p>" : $"<button type=\"submit\" class=\"primary\" id=\"group-confirm\">{Html.E(t["Confirm ticked values"])} (Enter)</button>")}
            </form>
            """);
        return Html.Page(http, t, t["Group verification"], body.ToString(), "group.js");
    }

    private static async Task<IResult> ConfirmAsync(
        HttpContext http,
        IntakeDbContext db,
        ClaimService claims,
        ReviewService service,
        IStringLocalizer<ReviewText> t,
        IFormCollection form,
        CancellationToken cancellationToken)
    {
        var user = ReviewApi.UserOf(http);
        string? field = form["field"];
        string? value = form["value"];
        var byDocument = form["item"].OfType<string>().Select(i => i.Split('|')).Where(p => p.Length == 3)
            .GroupBy(p => (Id: p[0], Version: int.TryParse(p[1], CultureInfo.InvariantCulture, out var v) ? v : -1), p => p[2]);
        int fields = 0, confirmed = 0, skipped = 0;
        foreach (var group in byDocument)
        {
            var outcome = await service.ConfirmFieldsAsync(group.Key.Id, user, group.Key.Version, group.ToList(), cancellationToken);
            if (outcome.Status == ReviewStatus.Ok)
            {
                fields += group.Count();
                confirmed += outcome.Edit?.Document.Status == DocumentStatus.Confirmed ? 1 : 0;
            }
            else
            {
                skipped++;
            }

            db.ChangeTracker.Clear();
        }

        var message = string.Format(CultureInfo.CurrentCulture, t["{0} values confirmed, {1} documents completed, {2} documents skipped (changed or taken by someone else)."], fields, confirmed, skipped);
        return await ShowAsync(http, db, claims, t, field, value, null, cancellationToken, message);
    }

    private static bool Matches(Field field, string value)
    {
        var wanted = value.Trim();
        return field.Value is System.Text.Json.Nodes.JsonArray array
            ? array.Any(v => FieldValues.Display(v) == wanted)
            : FieldValues.Display(field.Value) == wanted || field.Text?.Trim() == wanted;
    }

    private static string Label(string key, IStringLocalizer t)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        var section = key[..dot];
        var spec = FieldCatalog.SpecOf(section, key[(dot + 1)..], section == "fields" && FieldCatalog.QualityFields.Any(s => s.Name == key[(dot + 1)..]) && FieldCatalog.OrderFields.All(s => s.Name != key[(dot + 1)..]) ? DocumentTypes.QualityRecord : DocumentTypes.Order);
        var prefix = section switch { "lines" => t["Lines"], "measurements" => t["Measurements"], _ => t["Header"] };
        return $"{prefix}: {t[spec.Label]}";
    }
}
