namespace DocIntake.Server.Review;

/// <summary>
/// Marker type of the UI's string resources. Keys are the English text (shown as they are for English);
/// Resources/Review.ReviewText.ja.resx holds Japanese, the default UI language.
/// </summary>
internal sealed class ReviewText;
