package main

import (
	"bytes"
	"context"
	"flag"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// setFlags sets command-line flags for one test and restores them after.
func setFlags(t *testing.T, kv ...string) {
	t.Helper()
	for i := 0; i < len(kv); i += 2 {
		f := flag.Lookup(kv[i])
		if f == nil {
			t.Fatalf("no flag --%s", kv[i])
		}
		old := f.Value.String()
		if err := flag.Set(kv[i], kv[i+1]); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { flag.Set(kv[i], old) })
	}
}

func testFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	text, err := os.ReadFile("../../../testdata/seeds/001_e4d2f7d4ad65d4f5.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{"wire/a.txt": string(text), "paper/b.txt": string(text) + "\n\nA paragraph of the paper's own on the story.\n"} {
		os.MkdirAll(filepath.Join(dir, "in", filepath.Dir(name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, "in", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestUsage(t *testing.T) {
	for _, kv := range [][]string{
		{"output", ""},
		{"input", "x.jsonl", "folder", "dir", "output", "o"},
		{"input", "x.jsonl", "output", "o", "only-wire", "true"},
	} {
		setFlags(t, kv...)
		var out, errb bytes.Buffer
		if code := run(context.Background(), &out, &errb); code != 2 || errb.Len() == 0 {
			t.Errorf("flags %v: exit %d, stderr %q; want 2 and a message", kv, code, errb.String())
		}
		for i := 0; i < len(kv); i += 2 {
			flag.Set(kv[i], flag.Lookup(kv[i]).DefValue)
		}
	}
}

// TestConfig: the pairing flags reach the pipeline's configuration.
func TestConfig(t *testing.T) {
	setFlags(t, "input", "x.jsonl", "output", filepath.Join(t.TempDir(), "out"), "max-df", "70", "common-df", "50", "buckets", "4")
	cfg, err := config()
	if err != nil {
		t.Fatal(err)
	}
	if cfg.MaxDF != 70 || cfg.CommonDF != 50 || cfg.Buckets != 4 {
		t.Errorf("config %+v: want MaxDF 70, CommonDF 50, Buckets 4", cfg)
	}
}

// TestUniversalRunner submits the pipeline the way --runner=flink and
// --runner=spark do, through the portable job API to a job server at
// --endpoint, here an in-process prism job server, with loopback workers:
// the pipeline must be serialisable to the portable model and run there,
// and the runner flags reach the SDK.
func TestUniversalRunner(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline")
	}
	l, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if _, err := prism.CreateJobServer(ctx, prism.Options{Port: port}); err != nil {
		t.Fatal(err)
	}
	dir := testFolder(t)
	endpoint := "localhost:" + strconv.Itoa(port)
	setFlags(t, "runner", "universal", "endpoint", endpoint, "environment_type", "LOOPBACK", "job_name", "wirediff-archive-test",
		"folder", filepath.Join(dir, "in"), "output", filepath.Join(dir, "out"), "wire", "wire")
	if *jobopts.Endpoint != endpoint || jobopts.GetJobName() != "wirediff-archive-test" {
		t.Fatalf("runner flags not taken: endpoint %q, job %q", *jobopts.Endpoint, jobopts.GetJobName())
	}
	var out, errb bytes.Buffer
	if code := run(ctx, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	pairs, err := os.ReadFile(filepath.Join(dir, "out", "pairs.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(pairs), `{"base":"wire/a.txt","other":"paper/b.txt"`) || strings.Count(string(pairs), "\n") != 1 {
		t.Errorf("pairs.jsonl = %q, want the one pair", pairs)
	}
	if !strings.Contains(out.String(), "pairs_kept") {
		t.Errorf("counters not printed: %q", out.String())
	}
}
