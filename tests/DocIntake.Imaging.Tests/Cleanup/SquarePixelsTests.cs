using DocIntake.Core.Pages;
using DocIntake.Imaging.Cleanup;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;

namespace DocIntake.Imaging.Tests.Cleanup;

public class SquarePixelsTests
{
    private const string G3Fax = "/work/shared/samples-external/libtiffnet__g3test.tif";

    [Fact]
    public void Apply_DuplicatesRowsAndDoublesVerticalDpi_WhenFaxNormalResolution()
    {
        var page = new GrayImage(4, 3, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 204, 98);

        var result = SquarePixels.Apply(page);

        Assert.Equal(4, result.Image.Width);
        Assert.Equal(6, result.Image.Height);
        Assert.Equal(204, result.Image.DpiX);
        Assert.Equal(196, result.Image.DpiY);
        for (var y = 0; y < 6; y++)
        {
            Assert.Equal(page.Row(y / 2).ToArray(), result.Image.Row(y).ToArray());
        }

        Assert.Equal(["square_pixels:204x98->204x196"], result.Operations);
    }

    [Fact]
    public void Apply_ReturnsInputUnchanged_WhenPixelsAreAlreadySquare()
    {
        var page = new GrayImage(10, 10, 204, 196);

        var result = SquarePixels.Apply(page);

        Assert.Same(page, result.Image);
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void Square_InterpolatesRows_WhenRatioIsNotWhole()
    {
        var page = new GrayImage(1, 4, [0, 60, 120, 180], 300, 200);

        var result = SquarePixels.Square(page);

        Assert.Equal(6, result.Height);
        Assert.Equal(300, result.DpiY);
        var column = Enumerable.Range(0, 6).Select(y => result[0, y]).ToArray();
        Assert.Equal(column.Order(), column);
        Assert.Equal(0, column[0]);
        Assert.Equal(180, column[^1]);
        Assert.Contains(column, v => v is > 0 and < 180 and not 60 and not 120);
    }

    [Fact]
    public void Apply_DuplicatesColumns_WhenHorizontalResolutionIsTheLower()
    {
        var page = new GrayImage(3, 2, [1, 2, 3, 4, 5, 6], 98, 204);

        var result = SquarePixels.Apply(page).Image;

        Assert.Equal(6, result.Width);
        Assert.Equal(2, result.Height);
        Assert.Equal(196, result.DpiX);
        Assert.Equal(new byte[] { 1, 1, 2, 2, 3, 3 }, result.Row(0).ToArray());
        Assert.Equal(new byte[] { 4, 4, 5, 5, 6, 6 }, result.Row(1).ToArray());
    }

    [Fact]
    public void Apply_ResamplesRowsToHorizontalDpi_WhenRatioIsSlightlyOff()
    {
        var page = new GrayImage(8, 100, 220, 200);

        var result = SquarePixels.Apply(page);

        Assert.Equal(110, result.Image.Height);
        Assert.Equal(220, result.Image.DpiY);
        Assert.Equal(["square_pixels:220x200->220x220"], result.Operations);
    }

    [Fact]
    public void Apply_GuessesSquareResolution_WhenRatioIsAbsurd()
    {
        var page = new GrayImage(2480, 3508, 300, 200);

        var result = SquarePixels.Apply(page);

        Assert.Same(page.Pixels, result.Image.Pixels);
        Assert.Equal(300, result.Image.DpiY);
        Assert.Equal(["resolution_guessed:300x200->300x300"], result.Operations);
    }

    [Fact]
    public void Apply_GuessesFaxNormalAndSquares_WhenResolutionIsMissing()
    {
        var page = new GrayImage(1728, 1100);

        var result = SquarePixels.Apply(page);

        Assert.Equal(2200, result.Image.Height);
        Assert.Equal(204, result.Image.DpiX);
        Assert.Equal(196, result.Image.DpiY);
        Assert.Equal(["resolution_guessed:0x0->204x98", "square_pixels:204x98->204x196"], result.Operations);
    }

    [Fact]
    public void Apply_GivesSquareFaxPage_WhenRealG3FaxAt204x98()
    {
        using var decoded = Image.Load<L8>(G3Fax);
        var page = ToGrayImage(decoded);
        Assert.Equal(98, page.DpiY, 0.5);

        var result = SquarePixels.Apply(page).Image;

        Assert.Equal(1728, result.Width);
        Assert.Equal(2206, result.Height);
        Assert.Equal(204, result.DpiX, 0.5);
        Assert.Equal(196, result.DpiY, 0.5);
    }

    private static GrayImage ToGrayImage(Image<L8> decoded)
    {
        var metadata = decoded.Metadata;
        var perInch = metadata.ResolutionUnits switch
        {
            PixelResolutionUnit.PixelsPerCentimeter => 2.54,
            PixelResolutionUnit.PixelsPerMeter => 0.0254,
            _ => 1,
        };
        var pixels = new byte[decoded.Width * decoded.Height];
        decoded.CopyPixelDataTo(pixels);
        return new GrayImage(decoded.Width, decoded.Height, pixels, metadata.HorizontalResolution * perInch, metadata.VerticalResolution * perInch);
    }
}
