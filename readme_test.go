package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/wirediff/wirediff/internal/testdoc"
)

// readmeBlock matches a generated README block: a marker comment naming
// the command line, then a fenced block holding its output.
var readmeBlock = regexp.MustCompile("(?s)<!-- output: wirediff ([^>]*) -->\n```[a-z]*\n(.*?)```\n")

// TestReadme keeps README.md true: the usage block is the usage text, and
// each example block is what its command prints today. Run with -update to
// rewrite them.
func TestReadme(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	blocks := readmeBlock.FindAllStringSubmatchIndex(readme, -1)
	if len(blocks) == 0 {
		t.Fatal("README.md has no generated example blocks")
	}
	var out strings.Builder
	last := 0
	for _, m := range blocks {
		args := strings.Fields(readme[m[2]:m[3]])
		var stdout, stderr bytes.Buffer
		run(args, strings.NewReader(""), &stdout, &stderr)
		if stderr.Len() > 0 {
			t.Errorf("wirediff %s: stderr: %s", strings.Join(args, " "), stderr.String())
		}
		got, want := stdout.String(), readme[m[4]:m[5]]
		if got != want && !*testdoc.Update {
			t.Errorf("README block for 'wirediff %s' is stale (go test -run TestReadme -update):\n%s",
				strings.Join(args, " "), cmp.Diff(want, got))
		}
		out.WriteString(readme[last:m[4]])
		out.WriteString(got)
		last = m[5]
	}
	out.WriteString(readme[last:])
	if *testdoc.Update && out.String() != readme {
		if err := os.WriteFile("README.md", []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
