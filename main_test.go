package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the script tests run the command in-process as "wirediff".
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"wirediff": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scenarios in testdata/script/*.txtar:
// exit status, standard output and error, files written.
func TestScripts(t *testing.T) {
	seeds, err := filepath.Abs("testdata/seeds")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("SEEDS", seeds)
			env.Setenv("NO_COLOR", "")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mkinput": mkinput,
			"trouble": trouble,
		},
	})
}

// trouble runs a command that must exit with status 2, trouble, and keeps
// its output for the stdout and stderr checks that follow:
//
//	trouble wirediff ARGS...
//
// (! exec only tells that the status is not 0.)
func trouble(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: trouble COMMAND [ARGS...]")
	}
	err := ts.Exec(args[0], args[1:]...)
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitTrouble {
		ts.Fatalf("%s: %v, want exit status %d", strings.Join(args, " "), err, exitTrouble)
	}
}

// mkinput writes an input file that a txtar archive cannot hold as text:
//
//	mkinput KIND NAME
//
// KIND is binary, zip, gzip, elf, pdf, invalid-utf8, utf16, windows-1252, mixed-eol,
// giant (one 1 MiB paragraph), huge (100 MiB) or big (just over 1 MiB of
// text in paragraphs).
func mkinput(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkinput KIND NAME")
	}
	var data []byte
	switch args[0] {
	case "binary":
		for i := range 4096 {
			data = append(data, byte(i*131+i/7))
		}
	case "zip":
		data = []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
	case "gzip":
		data = []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")
	case "elf":
		data = []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0}
	case "pdf":
		data = []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
	case "invalid-utf8":
		data = []byte("Milan’s mayor said \xff\xfe they are not welcome.\n")
	case "utf16":
		s := "\ufeffThe mayor of Milan said they are not welcome.\n"
		for _, r := range s {
			data = append(data, byte(r), byte(r>>8))
		}
	case "windows-1252":
		data = []byte("\x93They\x92re not welcome in Milan,\x94 the mayor said \x97 twice.\n")
	case "mixed-eol":
		data = []byte("The mayor spoke on Tuesday.\r\n\r\nHe said they are not welcome.\r\rThe Games open on Feb. 6.\n\nThat is all.\n")
	case "giant":
		// One paragraph of just over 1 MiB: sentences but no line break.
		var b bytes.Buffer
		for i := 0; b.Len() <= 1<<20; i++ {
			fmt.Fprintf(&b, "Clause %d of one endless paragraph goes on, and on. ", i)
		}
		data = b.Bytes()
	case "huge":
		// 100 MiB, past the default size limit.
		data = bytes.Repeat([]byte("A line of a very large file.\n"), (100<<20)/29+1)
	case "big":
		var b bytes.Buffer
		for i := 0; b.Len() <= 1<<20; i++ {
			fmt.Fprintf(&b, "Sentence number %d of a long article says little.\n\n", i)
		}
		data = b.Bytes()
	default:
		ts.Fatalf("mkinput: unknown kind %q", args[0])
	}
	if err := os.WriteFile(ts.MkAbs(args[1]), data, 0o644); err != nil {
		ts.Fatalf("mkinput: %v", err)
	}
}

// brokenPipe is a standard output whose reader has gone away.
type brokenPipe struct{}

func (brokenPipe) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
}

// TestBrokenPipe: wirediff … | head must exit quietly, with the status of
// the comparison, not an error message.
func TestBrokenPipe(t *testing.T) {
	var stderr bytes.Buffer
	code := run([]string{"testdata/seeds/000_c64f40ef166d9df3.txt", "testdata/seeds/001_e4d2f7d4ad65d4f5.txt"},
		strings.NewReader(""), brokenPipe{}, &stderr)
	if code != exitDiffers || stderr.Len() != 0 {
		t.Errorf("run with a broken pipe: exit %d, stderr %q; want %d and nothing", code, stderr.String(), exitDiffers)
	}
}
