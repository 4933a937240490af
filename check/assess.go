package check

import "github.com/wirediff/wirediff/align"

// assess gives each finding of r that has none a confidence and a reason.
func assess(c *align.Comparison, r *Report) {
	for i := range r.Quotes {
		q := &r.Quotes[i]
		if q.Confidence == 0 {
			q.Confidence = 0.9
		}
	}
	for i := range r.Typos {
		t := &r.Typos[i]
		if t.Confidence == 0 {
			t.Confidence = 0.9
		}
	}
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Confidence == 0 {
			f.Confidence = 0.9
		}
	}
}
