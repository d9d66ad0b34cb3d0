using System.Globalization;
using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Values;

/// <summary>
/// A document date whose year OCR misread (令和8 read "R6", seed 311's tune-018): the fax header says when the page was
/// sent, and a document is dated that day or up to two days before (<see cref="SettledValues.DatedBeforeSending"/>). A
/// date on such a month and day in another year is that date with its year misread: the header's year is taken, in doubt
/// (review). Without it the date passed the delivery check years early and hid a delivery asked for before the order.
/// </summary>
internal static class YearByFaxHeader
{
    /// <summary>Years an era or year digit misread can move a date: one digit of 令和 or of the year's last two.</summary>
    private const int MaxYearsOff = 10;

    public static void Repair(FieldDraft date, DateOnly? sent)
    {
        if (sent is not { } day || Numbers.DateOf(date) is not { } printed || printed.Year == day.Year)
        {
            return;
        }

        for (var back = 0; back <= SettledValues.MaxDaysBeforeSending; back++)
        {
            var dated = day.AddDays(-back);
            if (dated.Month == printed.Month && dated.Day == printed.Day && Math.Abs(dated.Year - printed.Year) <= MaxYearsOff)
            {
                date.Value = JsonValue.Create(dated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                date.Reasons.Add(ReviewReasons.Ambiguous);
                return;
            }
        }
    }
}
