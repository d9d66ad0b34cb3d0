namespace DocIntake.Core.Extraction;

/// <summary>A field a document type defines: contract name, kind of value, whether required, printed labels.</summary>
internal sealed record FieldSpec(string Name, ValueKind Kind, bool Required, params string[] Labels);
