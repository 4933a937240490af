package main

import (
	"fmt"
	"io"
	"sync/atomic"
	"time"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/report"
)

// compareAll runs the pipeline (report.Run) on the documents: each OTHER
// compared with the BASE and checked. On a terminal stderr, a run longer
// than a second shows how many comparisons are done.
func compareAll(docs []*article.Document, cfg *config, stderr io.Writer) *report.Report {
	var done atomic.Int64
	opts := report.Options{
		Align:       cfg.alignOptions(),
		AutoBase:    cfg.base == "auto",
		AllFindings: cfg.all,
		Version:     version(),
		Done:        &done,
	}
	stop := showProgress(stderr, time.Second, func() string {
		return fmt.Sprintf("comparing: %d of %d done", done.Load(), opts.Planned(len(docs)))
	})
	defer stop()
	return report.Run(docs, opts)
}
