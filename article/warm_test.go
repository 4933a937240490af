package article

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Warm compiles every pattern of the package: those of the roles, the
// dates, the plain-text lines and the Markdown marks are all listed, and
// each compiles.
func TestWarmCompilesEveryPattern(t *testing.T) {
	Warm()
	listed := map[string]bool{}
	for _, p := range patterns {
		listed[p().String()] = true
	}
	for name, p := range map[string]func() *regexp.Regexp{
		"copyright": copyrightRE, "credit": creditRE, "byline": bylineRE, "dateline lead": datelineLeadRE,
		"text date": reTextDate, "updated": reUpdated, "ATX heading": atxHeading, "rule line": ruleLine,
		"first Markdown mark": markdownMarks[0], "last Markdown mark": markdownMarks[len(markdownMarks)-1],
	} {
		if !listed[p().String()] {
			t.Errorf("the %s pattern is not among those Warm compiles", name)
		}
	}
}

// Warm may run while articles are parsed (the command starts it as it
// reads its inputs): the documents are those parsed alone. Under -race
// this also checks that the two share the patterns safely.
func TestWarmBesideParse(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	data, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	want, err := Parse(paths[0], data)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan bool)
	go func() {
		Warm()
		close(done)
	}()
	got, err := Parse(paths[0], data)
	<-done
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parsed beside Warm, the document differs (-alone +beside):\n%s", diff)
	}
}
