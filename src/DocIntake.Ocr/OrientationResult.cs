namespace DocIntake.Ocr;

/// <summary>What Tesseract's orientation and script detection said about a page.</summary>
/// <param name="Detected">False when the page had too little text to judge (then Rotation is 0).</param>
/// <param name="Rotation">Clockwise degrees (0, 90, 180, 270) to turn the page by to make it upright.</param>
/// <param name="Confidence">
/// Tesseract's orientation confidence: unbounded, not a probability. Around 2 or below is a guess; OCRmyPDF
/// rotates pages only above 15 by default.
/// </param>
/// <param name="Script">The dominant script, e.g. "Latin", "Japanese", "Han".</param>
/// <param name="ScriptConfidence">Tesseract's script confidence (unbounded).</param>
public sealed record OrientationResult(bool Detected, int Rotation, double Confidence, string? Script, double ScriptConfidence)
{
    public static OrientationResult Unknown { get; } = new(false, 0, 0, null, 0);
}
