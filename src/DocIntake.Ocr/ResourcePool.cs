namespace DocIntake.Ocr;

/// <summary>
/// At most <c>capacity</c> instances, created on demand and reused; Rent waits when all are out.
/// Disposal ends idle instances at once and rented ones when they come back, each exactly once.
/// </summary>
internal sealed class ResourcePool<T>(int capacity, Func<T> factory) : IDisposable
    where T : class, IDisposable
{
    private readonly SemaphoreSlim slots = new(capacity, capacity);
    private readonly Stack<T> idle = new();
    private readonly Lock gate = new();
    private bool disposed;

    public int Created { get; private set; }

    public T Rent(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        slots.Wait(cancellationToken);
        try
        {
            lock (gate)
            {
                ObjectDisposedException.ThrowIf(disposed, this);
                if (idle.TryPop(out var item))
                {
                    return item;
                }
            }

            var created = factory(); // slow (model load): outside the lock
            lock (gate)
            {
                Created++;
            }

            return created;
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    public void Return(T item)
    {
        lock (gate)
        {
            if (!disposed)
            {
                idle.Push(item);
                slots.Release();
                return;
            }
        }

        item.Dispose();
    }

    public void Dispose()
    {
        List<T> toDispose;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            toDispose = [.. idle];
            idle.Clear();
        }

        foreach (var item in toDispose)
        {
            item.Dispose();
        }

        // Not disposing the semaphore: a thread may still be waiting on it; it holds no native resource.
    }
}
