namespace MockInterviewer.Testing;

/// <summary>A test that runs its own redis-server (<see cref="RedisServer"/>): skipped, saying why, where none is installed.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        Skip = RedisServer.SkipReason;
    }
}
