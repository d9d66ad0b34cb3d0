using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace DocIntake.Server.Review;

/// <summary>Page images, field crops and originals for logged-in reviewers (the boxes refer to the cleaned page PNGs).</summary>
internal static class ReviewFiles
{
    private const int CropPadding = 12;

    public static void MapReviewFiles(this RouteGroupBuilder review)
    {
        review.MapGet("/documents/{id}/pages/{number:int}", PageAsync);
        review.MapGet("/documents/{id}/pages/{number:int}/crop", CropAsync);
        review.MapGet("/documents/{id}/original", OriginalAsync);
    }

    private static async Task<IResult> PageAsync(string id, int number, IntakeDbContext db, BlobStore blobs, CancellationToken cancellationToken)
    {
        var sha = await ImageOfAsync(id, number, db, cancellationToken);
        return sha is null || !blobs.Exists(sha) ? Results.NotFound() : Results.File(blobs.PathOf(sha), "image/png");
    }

    private static async Task<IResult> CropAsync(string id, int number, int x, int y, int w, int h, IntakeDbContext db, BlobStore blobs, CancellationToken cancellationToken)
    {
        var sha = await ImageOfAsync(id, number, db, cancellationToken);
        if (sha is null || !blobs.Exists(sha) || w <= 0 || h <= 0)
        {
            return Results.NotFound();
        }

        using var image = Image.Load<L8>(await File.ReadAllBytesAsync(blobs.PathOf(sha), cancellationToken));
        var area = Rectangle.Intersect(new Rectangle(x - CropPadding, y - CropPadding, w + (2 * CropPadding), h + (2 * CropPadding)), image.Bounds());
        if (area.Width <= 0 || area.Height <= 0)
        {
            return Results.NotFound();
        }

        image.Mutate(c => c.Crop(area));
        var png = new MemoryStream();
        await image.SaveAsPngAsync(png, cancellationToken);
        return Results.Bytes(png.ToArray(), "image/png");
    }

    private static async Task<IResult> OriginalAsync(string id, IntakeDbContext db, BlobStore blobs, CancellationToken cancellationToken)
    {
        var record = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return record is null || !blobs.Exists(record.Sha256)
            ? Results.NotFound()
            : Results.File(blobs.PathOf(record.Sha256), "application/octet-stream", record.FileName);
    }

    private static Task<string?> ImageOfAsync(string id, int number, IntakeDbContext db, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().Where(p => p.DocumentId == id && p.Number == number).Select(p => p.ImageSha256).SingleOrDefaultAsync(cancellationToken);
}
