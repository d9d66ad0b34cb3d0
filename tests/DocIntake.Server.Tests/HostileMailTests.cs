using System.Buffers.Binary;
using DocIntake.Server.Tests.Support;
using MimeKit;

namespace DocIntake.Server.Tests;

public class HostileMailTests
{
    [Fact]
    public async Task Poll_RecordsEachReasonAndKeepsFlowing_WhenMailIsHostile()
    {
        using var dovecot = new DovecotServer();
        var tiff = File.ReadAllBytes(TestPaths.Sample("libtiffnet__g3test.tif"));
        var encrypted = EncryptedPdf();
        var empty = new MimeMessage();
        empty.From.Add(MailboxAddress.Parse("fax-gateway@example.jp"));
        var hostile = new[]
        {
            empty,
            Mails.WithAttachments("no attachment"),
            Mails.WithAttachments("zero", ("zero.pdf", [], "application/pdf")),
            Mails.WithAttachments("corrupt", ("corrupt.tif", tiff[..600], "image/tiff")),
            Mails.WithAttachments("bomb", ("bomb.tif", BombTiff(), "image/tiff")),
            Mails.WithAttachments("encrypted", ("locked.pdf", encrypted, "application/pdf")),
            Mails.WithAttachments("huge", ("huge.tif", HugeTiff(25 * 1024 * 1024), "image/tiff")),
            Mails.WithAttachments("fine", Mails.Png(77)),
        };
        await dovecot.AppendAsync(hostile);

        await using var server = await TestServer.StartAsync(MailTestHost.Settings(dovecot), new FakeReader());

        Assert.True(await MailTestHost.WaitForMailAsync(server, hostile.Length, TimeSpan.FromSeconds(90)));
        var mails = await MailTestHost.MailsAsync(server);
        Assert.Equal("no_attachment", mails[0].Reason);
        Assert.Equal("no_attachment", mails[1].Reason);
        Assert.Contains("empty_attachment", mails[2].Reason, StringComparison.Ordinal);
        Assert.Contains("corrupt.tif", mails[3].Reason, StringComparison.Ordinal);
        Assert.Contains("bomb.tif", mails[4].Reason, StringComparison.Ordinal);
        Assert.Contains("locked.pdf", mails[5].Reason, StringComparison.Ordinal);
        Assert.Contains("too_large", mails[6].Reason, StringComparison.Ordinal);
        Assert.All(mails.Take(7), m => Assert.Equal("rejected", m.Outcome));
        Assert.Equal("accepted", mails[7].Outcome);
        Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 1, TimeSpan.FromSeconds(30), "needs_review"));
        Assert.True(await TestServer.WaitUntilAsync(async () => await dovecot.CountAsync("Rejected") == 7 && await dovecot.CountAsync("Processed") == 1, TimeSpan.FromSeconds(30)));

        // Refused files that were readable enough to keep are failed documents with their reason, originals kept.
        var failed = await server.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            System.Linq.Queryable.Where(db.Documents, d => d.Status == "failed")));
        Assert.Equal(["bomb.tif", "corrupt.tif", "locked.pdf"], failed.Select(d => d.FileName).Order());
        Assert.All(failed, d => Assert.False(string.IsNullOrEmpty(d.StatusReason)));
    }

    /// <summary>A 1-strip TIFF header that declares 40000 x 40000 pixels (1.6 Gpx) in a few hundred bytes.</summary>
    private static byte[] BombTiff()
    {
        var bytes = new byte[512];
        "II*\0"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 8);
        (ushort Tag, ushort Type, uint Value)[] entries =
        [
            (256, 4, 40000), (257, 4, 40000), (258, 3, 1), (259, 3, 4), (262, 3, 0), (273, 4, 300), (278, 4, 40000), (279, 4, 200),
        ];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var at = 10 + (i * 12);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), entries[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 2), entries[i].Type);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 4), 1);
            if (entries[i].Type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 8), (ushort)entries[i].Value);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 8), entries[i].Value);
            }
        }

        return bytes;
    }

    private static byte[] HugeTiff(int size)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        "II*\0"u8.CopyTo(bytes);
        return bytes;
    }

    private static byte[] EncryptedPdf()
    {
        var folder = TestPaths.NewTempFolder("qpdf");
        try
        {
            var output = Path.Combine(folder, "locked.pdf");
            Shell.Run("qpdf", "--warning-exit-0", "--encrypt", "user", "owner", "256", "--", TestPaths.Sample("pdfpig__LKR824191.pdf"), output);
            return File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
