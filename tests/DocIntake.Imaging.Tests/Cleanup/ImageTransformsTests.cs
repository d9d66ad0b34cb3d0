using DocIntake.Core.Pages;
using DocIntake.Imaging.Cleanup;

namespace DocIntake.Imaging.Tests.Cleanup;

public class ImageTransformsTests
{
    private static GrayImage Numbered() =>
        new(3, 2, [0, 1, 2, 3, 4, 5], 204, 98);

    [Fact]
    public void Rotate_TurnsClockwise_When90()
    {
        // 0 1 2        3 0
        // 3 4 5   ->   4 1
        //              5 2
        var result = ImageTransforms.Rotate(Numbered(), 90);

        Assert.Equal(2, result.Width);
        Assert.Equal(3, result.Height);
        Assert.Equal(new byte[] { 3, 0, 4, 1, 5, 2 }, result.Pixels);
        Assert.Equal(98, result.DpiX);
        Assert.Equal(204, result.DpiY);
    }

    [Fact]
    public void Rotate_TurnsCounterClockwise_When270OrMinus90()
    {
        var expected = new byte[] { 2, 5, 1, 4, 0, 3 };

        Assert.Equal(expected, ImageTransforms.Rotate(Numbered(), 270).Pixels);
        Assert.Equal(expected, ImageTransforms.Rotate(Numbered(), -90).Pixels);
    }

    [Fact]
    public void Rotate_ReversesPixels_When180()
    {
        Assert.Equal(new byte[] { 5, 4, 3, 2, 1, 0 }, ImageTransforms.Rotate(Numbered(), 180).Pixels);
    }

    [Theory]
    [InlineData(90, 270)]
    [InlineData(180, 180)]
    [InlineData(270, 90)]
    [InlineData(90, 90, 90, 90)]
    [InlineData(0, 360)]
    public void Rotate_ComposesToIdentity_WhenTurnsAddUpToFullCircle(params int[] turns)
    {
        var page = SyntheticPages.White(131, 77);
        for (var i = 0; i < page.Pixels.Length; i++)
        {
            page.Pixels[i] = (byte)((i * 7) % 251);
        }

        var result = turns.Aggregate(page, ImageTransforms.Rotate);

        Assert.Equal(page.Width, result.Width);
        Assert.Equal(page.Height, result.Height);
        Assert.Equal(page.Pixels, result.Pixels);
        Assert.NotSame(page.Pixels, result.Pixels);
    }

    [Fact]
    public void Rotate_Throws_WhenNotAQuarterTurn()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ImageTransforms.Rotate(Numbered(), 45));
    }

    [Fact]
    public void Transpose_SwapsRowsAndColumns_WhenAppliedTwiceGivesBack()
    {
        var page = Numbered();

        var once = ImageTransforms.Transpose(page.Pixels, 3, 2);
        var twice = ImageTransforms.Transpose(once, 2, 3);

        Assert.Equal(new byte[] { 0, 3, 1, 4, 2, 5 }, once);
        Assert.Equal(page.Pixels, twice);
    }
}
