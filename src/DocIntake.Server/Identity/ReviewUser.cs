namespace DocIntake.Server.Identity;

/// <summary>A person who logs in to the review UI. The password is stored only as a PasswordHasher hash.</summary>
internal sealed class ReviewUser
{
    public long Id { get; set; }

    public required string UserName { get; set; }

    /// <summary>Upper-case invariant form of the name, unique: logins are case-insensitive.</summary>
    public required string NormalizedUserName { get; set; }

    public required string PasswordHash { get; set; }

    /// <summary><see cref="Roles.Reviewer"/> or <see cref="Roles.Administrator"/>.</summary>
    public required string Role { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastLoginAt { get; set; }

    /// <summary>Changes with the password or role, so existing login cookies stop working.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
}
