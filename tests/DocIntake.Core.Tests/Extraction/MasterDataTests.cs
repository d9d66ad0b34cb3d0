using DocIntake.Core.Extraction.Masters;

namespace DocIntake.Core.Tests.Extraction;

public class MasterDataTests
{
    [Fact]
    public void Load_ReadsColumnsByHeaderName_WithQuotesAndOtherOrder()
    {
        var master = MasterData.Load(
            new StringReader("fax,name,tel,kana\n\"(0566)21-4411\",\"株式会社東海精機\",0566-21-4410,トウカイセイキ\n"),
            new StringReader("name,partNumber,unitPrice,unit\n\"シャフト, φ10\",MS-1001-A,320,本\n"));

        var customer = Assert.Single(master.Customers);
        Assert.Equal("株式会社東海精機", customer.Name);
        Assert.Equal("0566-21-4411", customer.Fax);
        var part = Assert.Single(master.Parts);
        Assert.Equal("シャフト, φ10", part.Name);
        Assert.Equal(320m, part.UnitPrice);
    }

    [Fact]
    public void FromFolder_ReadsAPartsListAlone_AndNamesAFolderWithNeither()
    {
        var folder = Directory.CreateTempSubdirectory("master-").FullName;
        try
        {
            var empty = Assert.Throws<FileNotFoundException>(() => MasterData.FromFolder(folder));
            Assert.Contains(folder, empty.Message, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(folder, "parts.csv"), "partNumber,name\nMS-1001-A,シャフト φ10\n");
            var master = MasterData.FromFolder(folder);

            Assert.Empty(master.Customers);
            Assert.Equal("MS-1001-A", Assert.Single(master.Parts).PartNumber);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
