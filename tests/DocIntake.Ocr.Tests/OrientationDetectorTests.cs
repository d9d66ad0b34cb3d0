using DocIntake.Core.Pages;

namespace DocIntake.Ocr.Tests;

public sealed class OrientationDetectorTests(OrientationDetectorFixture fixture) : IClassFixture<OrientationDetectorFixture>
{
    private static readonly string[] JapaneseScripts = ["Japanese", "Han", "Katakana", "Hiragana"];

    private readonly OrientationDetector detector = fixture.Detector;

    [Theory]
    [InlineData(0)]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void Detect_ReturnsClockwiseCorrection_WhenUprightPageWasTurned(int turnedClockwise)
    {
        var upright = TestImages.Sample("tesseract__eurotext.tif");
        var turned = TestImages.RotateClockwise(upright, turnedClockwise);

        var result = detector.Detect(turned);

        Assert.True(result.Detected);
        Assert.Equal((360 - turnedClockwise) % 360, result.Rotation);
        Assert.True(result.Confidence > 1, $"confidence {result.Confidence}");
        Assert.Equal("Latin", result.Script);

        // The promise callers rely on: applying the rotation makes the page upright again.
        Assert.Equal(upright.Pixels, TestImages.RotateClockwise(turned, result.Rotation).Pixels);
    }

    [Theory]
    [InlineData("extended/tesseract__phototest-rotated-R.png")]
    [InlineData("extended/tesseract__phototest-rotated-L.png")]
    [InlineData("extended/tesseract__phototest-rotated-180.png")]
    public void Detect_CorrectionMakesPageReadable_WhenGivenRealRotatedSamples(string sample)
    {
        var turned = TestImages.Sample(sample);
        var upright = TestImages.Sample("extended/tesseract__phototest.tif");

        var result = detector.Detect(turned);

        Assert.True(result.Detected);
        Assert.NotEqual(0, result.Rotation);
        var corrected = TestImages.RotateClockwise(turned, result.Rotation);
        Assert.Equal((upright.Width, upright.Height), (corrected.Width, corrected.Height));

        // The samples are the upright page turned, maybe re-rendered: compare ink overlap, not bytes.
        var both = corrected.Pixels.Zip(upright.Pixels).Count(p => p.First < 128 && p.Second < 128);
        var either = corrected.Pixels.Zip(upright.Pixels).Count(p => p.First < 128 || p.Second < 128);
        Assert.True(both > either * 0.8, $"only {both} of {either} ink pixels overlap");
    }

    [Fact]
    public void Detect_ReturnsUnknownWithoutThrowing_WhenPageIsBlank()
    {
        var blank = new GrayImage(1700, 2200, Enumerable.Repeat((byte)255, 1700 * 2200).ToArray(), 200, 200);

        var result = detector.Detect(blank);

        Assert.Equal(OrientationResult.Unknown, result);
    }

    [Fact]
    public void Detect_ReadsJapaneseScript_WhenGivenTheJapaneseFixture()
    {
        var result = detector.Detect(TestImages.RotateClockwise(TestImages.Fixture("order-ja.png"), 180));

        Assert.True(result.Detected);
        Assert.Equal(180, result.Rotation);
        Assert.Contains(result.Script, JapaneseScripts);
    }
}
