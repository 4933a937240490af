package report

// ConcurrentMinBytes lets the external tests choose the concurrent path.
var ConcurrentMinBytes = &concurrentMinBytes
