// The live tests start servers and OCR workers on a 2-core machine and Hangfire keeps some process-wide state:
// one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
