using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Accounts;

/// <summary>
/// Identity's account store, whose writes (a sign-up, a wrong password counted or its count reset at sign-in, a
/// password or e-mail change, a deletion) the database's one writer does in its turn, like every other write: a
/// request thread never sleeps on a busy SQLite file, and an account's write never contends with the writer's batches.
/// </summary>
public sealed class WrittenUserStore(InterviewDbContext context, SessionWriter writer, IdentityErrorDescriber? describer = null)
    : UserStore<IdentityUser, IdentityRole, InterviewDbContext, string>(context, describer)
{
    public override Task<IdentityResult> CreateAsync(IdentityUser user, CancellationToken cancellationToken = default) =>
        WrittenAsync(ct => base.CreateAsync(user, ct), cancellationToken);

    public override Task<IdentityResult> UpdateAsync(IdentityUser user, CancellationToken cancellationToken = default) =>
        WrittenAsync(ct => base.UpdateAsync(user, ct), cancellationToken);

    public override Task<IdentityResult> DeleteAsync(IdentityUser user, CancellationToken cancellationToken = default) =>
        WrittenAsync(ct => base.DeleteAsync(user, ct), cancellationToken);

    private async Task<IdentityResult> WrittenAsync(Func<CancellationToken, Task<IdentityResult>> write, CancellationToken cancellationToken)
    {
        IdentityResult? result = null;
        await writer.RunAsync(async ct => result = await write(ct), cancellationToken);
        return result!;
    }
}
