using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Tests;

public class FolderWatchTests
{
    [Fact]
    public async Task Watcher_StoresFileAndMovesItToDone_WhenSizeIsStable()
    {
        var inbox = TestPaths.NewTempFolder("watch");
        try
        {
            await using var server = await TestServer.StartAsync(
                new()
                {
                    ["DocIntake:Folders:0:Name"] = "scanner",
                    ["DocIntake:Folders:0:Path"] = inbox,
                    ["DocIntake:Folders:0:StableFor"] = "00:00:01",
                    ["DocIntake:Folders:0:PollInterval"] = "00:00:00.250",
                },
                new FakeReader());
            var bytes = TestImages.UniquePng(300);

            // Written in two halves: the watcher must wait for the second.
            var path = Path.Combine(inbox, "scan.png");
            await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);
            await Task.Delay(600);
            Assert.Equal(0, await server.WithDbAsync(db => db.Documents.CountAsync()));
            await using (var stream = new FileStream(path, FileMode.Append))
            {
                await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
            }

            Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 1, TimeSpan.FromSeconds(30), "needs_review"));
            var document = await server.WithDbAsync(db => db.Documents.SingleAsync());
            Assert.Equal("folder", document.Channel);
            Assert.Equal(bytes.Length, document.SizeBytes);
            Assert.True(File.Exists(Path.Combine(inbox, "done", "scan.png")));
            Assert.False(File.Exists(path));
        }
        finally
        {
            Directory.Delete(inbox, recursive: true);
        }
    }
}
