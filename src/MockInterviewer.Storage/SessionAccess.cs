using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using MockInterviewer.Contracts;

namespace MockInterviewer.Storage;

/// <summary>
/// Who may open a session. A guest's session opens with its resume token: 256 random bits, handed out once, kept
/// only as a SHA-256 hash and compared in constant time. A session that belongs to an account opens only for that
/// account, signed in, token or not: a token left in a shared browser after sign-out opens nothing, and the
/// account's history opens its reports from any device. An unknown session and a refused one look alike.
/// </summary>
public sealed class SessionAccess(IDbContextFactory<InterviewDbContext> contexts, SessionWriter writer)
{
    private const int TokenBytes = 32;
    private const int MaxSessionIdLength = 64;
    private const int MaxTokenLength = 128;

    /// <param name="ownerId">The signed-in account that started the session; null for a guest.</param>
    public async Task<string> GrantAsync(string sessionId, string? ownerId, CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));
        var hash = Hash(token);
        var updated = await WriteAsync((db, ct) => db.Sessions
            .Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResumeTokenHash, hash).SetProperty(r => r.OwnerId, ownerId), ct), cancellationToken);
        return updated == 1 ? token : throw new InvalidOperationException($"Session {sessionId} was not stored.");
    }

    /// <param name="userId">The signed-in account, or null.</param>
    public async Task<bool> VerifyAsync(string? sessionId, string? token, string? userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await FindAsync(db, sessionId, cancellationToken);
        return stored is not null && (stored.OwnerId is null
            ? TokenMatches(stored.ResumeTokenHash, token)
            : userId is not null && stored.OwnerId == userId);
    }

    /// <summary>Moves a guest's session to <paramref name="userId"/>'s account, with the session's resume token as proof.</summary>
    /// <returns>Whether the session now belongs to the account (also when it already did).</returns>
    public async Task<bool> ClaimAsync(string? sessionId, string? token, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await FindAsync(db, sessionId, cancellationToken);
        if (stored is null)
        {
            return false;
        }

        if (stored.OwnerId is not null)
        {
            return stored.OwnerId == userId;
        }

        if (!TokenMatches(stored.ResumeTokenHash, token))
        {
            return false;
        }

        // Only while still a guest's: of two accounts claiming at once, one wins.
        var claimed = await WriteAsync((db, ct) => db.Sessions
            .Where(s => s.Id == sessionId && s.OwnerId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.OwnerId, userId), ct), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Erases the session's resume token: from now on only its signed-in owner, if it has one, opens it.</summary>
    public Task ForgetTokenAsync(string sessionId, CancellationToken cancellationToken) =>
        WriteAsync((db, ct) => db.Sessions
            .Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResumeTokenHash, (byte[]?)null), ct), cancellationToken);

    /// <summary>Erases the resume tokens of finished sessions nobody has touched since <paramref name="lastActiveBefore"/>.</summary>
    /// <returns>How many tokens were erased.</returns>
    public Task<int> ForgetIdleTokensAsync(DateTimeOffset lastActiveBefore, CancellationToken cancellationToken)
    {
        var beforeMs = lastActiveBefore.ToUnixTimeMilliseconds();
        var active = WireNames.Of(Domain.Flow.SessionStatus.Active);
        return WriteAsync((db, ct) => db.Sessions
            .Where(s => s.Status != active && s.ResumeTokenHash != null && s.LastActiveUnixMs < beforeMs)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResumeTokenHash, (byte[]?)null), ct), cancellationToken);
    }

    /// <summary>Every write goes through the database's one writer, like the store's saves.</summary>
    /// <returns>The rows the write changed.</returns>
    private async Task<int> WriteAsync(Func<InterviewDbContext, CancellationToken, Task<int>> update, CancellationToken cancellationToken)
    {
        var changed = 0;
        await writer.RunAsync(async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            changed = await update(db, ct);
        }, cancellationToken);
        return changed;
    }

    private static async Task<StoredAccess?> FindAsync(InterviewDbContext db, string? sessionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionId) || sessionId.Length > MaxSessionIdLength)
        {
            return null;
        }

        return await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new StoredAccess(s.OwnerId, s.ResumeTokenHash))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static bool TokenMatches(byte[]? stored, string? token) =>
        stored is not null && !string.IsNullOrEmpty(token) && token.Length <= MaxTokenLength
        && CryptographicOperations.FixedTimeEquals(stored, Hash(token));

    private static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));

    private sealed record StoredAccess(string? OwnerId, byte[]? ResumeTokenHash);
}
