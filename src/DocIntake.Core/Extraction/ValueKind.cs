namespace DocIntake.Core.Extraction;

/// <summary>What a value is, so a re-read can use the right settings (whitelist, language) and parser.</summary>
public enum ValueKind
{
    /// <summary>Free text: names, descriptions, places.</summary>
    Text,

    /// <summary>ASCII codes: order, part and lot numbers.</summary>
    Code,

    Number,
    Money,
    Date,
    Phone,

    /// <summary>A company name (honorifics and labels stripped).</summary>
    Company,

    /// <summary>Pass/fail words (合格 / 不合格, OK / NG, ○ / ×).</summary>
    Result,
}
