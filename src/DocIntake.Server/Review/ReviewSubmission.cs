namespace DocIntake.Server.Review;

/// <summary>What the document page sends: the form as typed, the version it was loaded at, which fields the reviewer confirmed.</summary>
internal sealed class ReviewSubmission
{
    public int Version { get; set; }

    public Dictionary<string, CellInput> Fields { get; set; } = [];

    /// <summary>Every row in form order; null leaves the table as stored.</summary>
    public List<RowInput>? Lines { get; set; }

    public List<RowInput>? Measurements { get; set; }
}

/// <summary>One input: the text as typed and whether the reviewer confirmed it (Enter, or typed into it).</summary>
internal sealed class CellInput
{
    public string? Text { get; set; }

    public bool Touched { get; set; }
}

/// <summary>A table row; <see cref="Origin"/> is its index in the stored document, null for a row the reviewer added.</summary>
internal sealed class RowInput
{
    public int? Origin { get; set; }

    public Dictionary<string, CellInput> Cells { get; set; } = [];
}
