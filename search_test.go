package main

import (
	"bytes"
	"os"
	"testing"
	"time"
)

func TestShareFlag(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"0.25", 0.25, true},
		{"25%", 0.25, true},
		{" 100 % ", 1, true},
		{"0", 0, true},
		{"1", 1, true},
		{"1.5", 0, false},
		{"-0.1", 0, false},
		{"101%", 0, false},
		{"NaN", 0, false},
		{"lots", 0, false},
		{"", 0, false},
	} {
		var s share
		err := s.Set(tc.in)
		if (err == nil) != tc.ok || tc.ok && float64(s) != tc.want {
			t.Errorf("share.Set(%q) = %v, %v; want %v, ok %v", tc.in, float64(s), err, tc.want, tc.ok)
		}
	}
}

// Progress is never written where it is not a terminal: a pipe or a buffer
// gets nothing, however long the work.
func TestProgressNotOnAPipe(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	status := func() string { return "working" }
	stop := showProgress(w, time.Millisecond, status)
	time.Sleep(30 * time.Millisecond)
	stop()
	w.Close()
	var got bytes.Buffer
	got.ReadFrom(r)
	if got.Len() != 0 {
		t.Errorf("progress written to a pipe: %q", got.String())
	}
	var buf bytes.Buffer
	showProgress(&buf, time.Millisecond, status)()
	if buf.Len() != 0 {
		t.Errorf("progress written to a buffer: %q", buf.String())
	}
}
