// One server and one browser per test class; classes one at a time on the 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
