using DocIntake.Server.Storage;

namespace DocIntake.Server.Tests;

public class DocumentStatusTests
{
    [Theory]
    [InlineData("received", "processing")]
    [InlineData("processing", "needs_review")]
    [InlineData("processing", "confirmed")]
    [InlineData("processing", "failed")]
    [InlineData("processing", "received")]
    [InlineData("needs_review", "confirmed")]
    [InlineData("needs_review", "rejected")]
    [InlineData("failed", "received")]
    public void CanMove_AllowsTransition_WhenInStateMachine(string from, string to) => Assert.True(DocumentStatus.CanMove(from, to));

    [Theory]
    [InlineData("received", "confirmed")]
    [InlineData("confirmed", "processing")]
    [InlineData("rejected", "received")]
    [InlineData("failed", "confirmed")]
    [InlineData("bogus", "received")]
    public void CanMove_RefusesTransition_WhenNotInStateMachine(string from, string to) => Assert.False(DocumentStatus.CanMove(from, to));
}
