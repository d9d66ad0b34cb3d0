using DocIntake.Server.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Identity;

/// <summary>Users in the shared database, passwords through ASP.NET Core Identity's PasswordHasher (PBKDF2).</summary>
internal sealed class UserStore(IntakeDbContext db, TimeProvider clock)
{
    internal const int MinPasswordLength = 10;

    private static readonly PasswordHasher<ReviewUser> Hasher = new();

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    public Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken) =>
        db.Set<ReviewUser>().AnyAsync(u => u.Role == Roles.Administrator, cancellationToken);

    public Task<List<ReviewUser>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<ReviewUser>().AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);

    /// <summary>Creates a user; returns an error message instead when the input is not acceptable.</summary>
    public async Task<string?> CreateAsync(string userName, string password, string role, CancellationToken cancellationToken)
    {
        userName = userName.Trim();
        if (userName.Length is 0 or > 100 || userName.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return "The user name must be 1-100 characters without spaces.";
        }

        if (!Roles.All.Contains(role))
        {
            return $"Unknown role '{role}'; one of {string.Join(", ", Roles.All)}.";
        }

        if (password.Length < MinPasswordLength)
        {
            return $"The password must have at least {MinPasswordLength} characters.";
        }

        var normalized = Normalize(userName);
        if (await db.Set<ReviewUser>().AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            return $"The user '{userName}' exists already.";
        }

        var user = new ReviewUser
        {
            UserName = userName,
            NormalizedUserName = normalized,
            Role = role,
            PasswordHash = "",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Set<ReviewUser>().Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The user when name and password match; null otherwise (same answer for unknown name and wrong password).</summary>
    public async Task<ReviewUser?> VerifyAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var normalized = Normalize(userName);
        var user = await db.Set<ReviewUser>().SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (user is null)
        {
            // Same work as a real check, so timing does not tell which names exist.
            Hasher.VerifyHashedPassword(new ReviewUser { UserName = "", NormalizedUserName = "", PasswordHash = "", Role = "" }, DummyHash, password);
            return null;
        }

        var result = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = Hasher.HashPassword(user, password);
        }

        user.LastLoginAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    private static readonly string DummyHash = Hasher.HashPassword(
        new ReviewUser { UserName = "", NormalizedUserName = "", PasswordHash = "", Role = "" }, Guid.NewGuid().ToString());
}
