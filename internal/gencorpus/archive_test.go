package gencorpus

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteArchive(t *testing.T) {
	pool := PoolSentences(sources(t), filepath.Join("..", "..", MSRPPath))
	opts := ArchiveOptions{Docs: 200, Seed: 5}
	var a, b bytes.Buffer
	m, err := WriteArchive(&a, pool, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := WriteArchive(&b, pool, opts); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("same options, different archives")
	}
	lines := strings.Split(strings.TrimSpace(a.String()), "\n")
	if len(lines) != opts.Docs || len(m.Docs) != opts.Docs {
		t.Fatalf("%d lines, %d manifest entries; want %d", len(lines), len(m.Docs), opts.Docs)
	}
	hows := map[string]int{}
	docs := make([]ArchiveDoc, len(lines))
	for i, l := range lines {
		if err := json.Unmarshal([]byte(l), &docs[i]); err != nil || docs[i].ID != m.Docs[i].ID || docs[i].Date == "" {
			t.Fatalf("line %d %q: %v", i, l, err)
		}
	}
	for i, d := range docs {
		e := m.Docs[i]
		hows[e.How]++
		if e.Story >= 0 && len(e.Fate) != len(m.Stories[e.Story]) {
			t.Errorf("%s: %d fates for a story of %d sentences", e.ID, len(e.Fate), len(m.Stories[e.Story]))
		}
		if e.How == "wire" && (!strings.HasPrefix(d.Source, "wire-") || m.Shared(i, i) != 1) {
			t.Errorf("%s: wire story from %q shares %.2f with itself", e.ID, d.Source, m.Shared(i, i))
		}
		if e.How == "copy" {
			w := i - 1
			for m.Docs[w].How != "wire" {
				w--
			}
			if m.Shared(w, i) != 1 || !strings.Contains(d.Text, docs[w].Text[:40]) {
				t.Errorf("%s: a copy that does not carry its wire story", e.ID)
			}
		}
	}
	if hows["wire"] < 50 || hows["bad"] < 1 || len(hows) < 6 {
		t.Errorf("kinds of documents: %v", hows)
	}
	// Documents of different stories share no story.
	for i := 1; i < len(m.Docs); i++ {
		if m.Docs[i].Story != m.Docs[i-1].Story && m.Shared(i-1, i) != 0 {
			t.Errorf("%s and %s: different stories sharing %.2f", m.Docs[i-1].ID, m.Docs[i].ID, m.Shared(i-1, i))
		}
	}
}
