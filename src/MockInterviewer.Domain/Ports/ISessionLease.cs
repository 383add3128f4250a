namespace MockInterviewer.Domain.Ports;

/// <summary>
/// Which node acts for a session when several serve one address: one holder at a time, for a limited time the
/// holder renews while its work runs, so a node that dies lets go by itself. Each hold has a token of its own
/// (<paramref name="holder"/>), so a node that lost its hold cannot renew or release the next holder's.
/// </summary>
public interface ISessionLease
{
    /// <returns>Whether <paramref name="holder"/> now holds the session for <paramref name="duration"/>; false while another holds it.</returns>
    Task<bool> TryAcquireAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken);

    /// <returns>False when the session is held by another holder: this hold is over.</returns>
    Task<bool> RenewAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Lets go of the session, if <paramref name="holder"/> still holds it.</summary>
    Task ReleaseAsync(string sessionId, string holder, CancellationToken cancellationToken);
}
