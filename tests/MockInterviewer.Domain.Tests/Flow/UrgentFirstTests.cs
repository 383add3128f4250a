using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class UrgentFirstTests
{
    [Fact]
    public void Urgent_items_go_first_but_every_fourth_turn_serves_the_oldest_patient_one()
    {
        var queue = new UrgentFirst<string>();
        foreach (var patient in new[] { "p1", "p2" })
        {
            queue.Enqueue(patient, urgent: false);
        }

        foreach (var urgent in new[] { "u1", "u2", "u3", "u4", "u5" })
        {
            queue.Enqueue(urgent, urgent: true);
        }

        var order = new List<string>();
        while (queue.TryDequeue(out var item))
        {
            order.Add(item);
        }

        Assert.Equal(["u1", "u2", "u3", "p1", "u4", "u5", "p2"], order);
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public void With_one_queue_empty_every_turn_serves_the_other_in_order()
    {
        var queue = new UrgentFirst<int>();
        for (var i = 1; i <= 6; i++)
        {
            queue.Enqueue(i, urgent: false);
        }

        var order = new List<int>();
        while (queue.TryDequeue(out var item))
        {
            order.Add(item);
        }

        Assert.Equal([1, 2, 3, 4, 5, 6], order);
    }

    [Fact]
    public void Items_lists_the_urgent_ones_first_each_in_the_order_queued()
    {
        var queue = new UrgentFirst<string>();
        queue.Enqueue("p1", urgent: false);
        queue.Enqueue("u1", urgent: true);
        queue.Enqueue("p2", urgent: false);
        queue.Enqueue("u2", urgent: true);

        Assert.Equal(["u1", "u2", "p1", "p2"], queue.Items);
        Assert.Equal(4, queue.Count);
    }
}
