using DocIntake.Pipeline;
using DocIntake.Server.Processing;
using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Review;

/// <summary>
/// The post-extraction step of the processing job: wraps the reader (the job decides needs_review on what it returns)
/// and applies the sender's stored corrections to each document read.
/// </summary>
internal sealed class LearningReader(IDocumentReader inner, IServiceScopeFactory scopes, IOptions<ReviewOptions> options, ILogger<LearningReader> logger)
    : IDocumentReader
{
    public ProcessedDocument Read(InputFile input, CancellationToken cancellationToken)
    {
        var result = inner.Read(input, cancellationToken);
        var keys = SenderKey.Candidates(result.Document);
        if (keys.Count == 0)
        {
            return result;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var corrections = db.Set<SenderCorrection>().AsNoTracking().Where(c => keys.Contains(c.Sender)).ToList();
        var answered = SenderLearning.Apply(result.Document, corrections, options.Value.LearnAfter);
        if (answered > 0)
        {
            logger.LogInformation("Sender corrections answered {Count} doubtful fields", answered);
        }

        return result;
    }

    public object Describe() => inner.Describe();
}
