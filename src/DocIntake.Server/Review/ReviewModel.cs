using DocIntake.Server.Identity;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Review;

/// <summary>The review queue's tables in the shared IntakeDbContext: users, claims, per-sender corrections.</summary>
internal static class ReviewModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReviewUser>(e =>
        {
            e.ToTable("users");
            e.HasKey(u => u.Id);
            e.Property(u => u.UserName).HasMaxLength(100);
            e.Property(u => u.NormalizedUserName).HasMaxLength(100);
            e.Property(u => u.Role).HasMaxLength(20);
            e.Property(u => u.SecurityStamp).HasMaxLength(40);
            e.HasIndex(u => u.NormalizedUserName).IsUnique();
        });

        modelBuilder.Entity<ReviewClaim>(e =>
        {
            e.ToTable("review_claims");
            e.HasKey(c => c.DocumentId);
            e.Property(c => c.DocumentId).HasMaxLength(40);
            e.Property(c => c.UserName).HasMaxLength(100);
        });

        modelBuilder.Entity<SenderCorrection>(e =>
        {
            e.ToTable("sender_corrections");
            e.HasKey(c => c.Id);
            e.Property(c => c.Sender).HasMaxLength(320);
            e.Property(c => c.FieldKey).HasMaxLength(100);
            e.Property(c => c.RawText).HasMaxLength(400);
            e.Property(c => c.Box).HasMaxLength(60);
            e.Property(c => c.UpdatedBy).HasMaxLength(100);
            e.HasIndex(c => new { c.Sender, c.FieldKey, c.RawText });
        });
    }
}
