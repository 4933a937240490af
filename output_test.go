package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteFileAtomic: -o FILE is written whole or not at all. A failed
// render leaves an existing file as it was and no temporary file behind.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "report.json")
	if err := os.WriteFile(name, []byte("old report"), 0o644); err != nil {
		t.Fatal(err)
	}
	failed := errors.New("renderer failed")
	err := writeFileAtomic(name, func(w io.Writer) error {
		io.WriteString(w, "half a rep")
		return failed
	})
	if !errors.Is(err, failed) {
		t.Fatalf("writeFileAtomic error = %v, want it to wrap %v", err, failed)
	}
	if got, _ := os.ReadFile(name); string(got) != "old report" {
		t.Errorf("after a failed write the file holds %q, want the old report", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("after a failed write the folder holds %d entries, want 1", len(entries))
	}

	if err := writeFileAtomic(name, func(w io.Writer) error {
		_, err := io.WriteString(w, "new report")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(name); string(got) != "new report" {
		t.Errorf("after a good write the file holds %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("after a good write the folder holds %d entries, want 1", len(entries))
	}
}

// TestUseColor: --color always and never win; auto colours a terminal
// unless NO_COLOR is set.
func TestUseColor(t *testing.T) {
	for _, tc := range []struct {
		when    string
		tty     bool
		noColor string
		want    bool
	}{
		{"always", false, "1", true},
		{"never", true, "", false},
		{"auto", true, "", true},
		{"auto", true, "1", false},
		{"auto", false, "", false},
	} {
		if got := useColor(tc.when, tc.tty, tc.noColor); got != tc.want {
			t.Errorf("useColor(%q, tty=%v, NO_COLOR=%q) = %v, want %v", tc.when, tc.tty, tc.noColor, got, tc.want)
		}
	}
}

// TestByteSize: --max-size takes bytes with an optional binary unit.
func TestByteSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true},
		{"512K", 512 << 10, true},
		{"32MiB", 32 << 20, true},
		{"1gb", 1 << 30, true},
		{"100 MB", 100 << 20, true},
		{"0", 0, false},
		{"-5M", 0, false},
		{"lots", 0, false},
		{"9999999999G", 0, false},
	} {
		var s byteSize
		err := s.Set(tc.in)
		if (err == nil) != tc.ok || (tc.ok && int64(s) != tc.want) {
			t.Errorf("Set(%q) = %d, %v; want %d, ok=%v", tc.in, s, err, tc.want, tc.ok)
		}
	}
}

// TestWriteFileAtomicKeeps: -o through a symbolic link writes the file the
// link names and keeps the link; an existing file keeps its permissions;
// a file that is not a regular file (/dev/null) is written, not replaced.
func TestWriteFileAtomicKeeps(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.json")
	link := filepath.Join(dir, "link.json")
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	write := func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }
	if err := writeFileAtomic(link, write); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v, %v", fi.Mode(), err)
	}
	fi, err := os.Stat(real)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(real); string(got) != "new" {
		t.Errorf("the linked file holds %q, want the new report", got)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("the file's mode became %v, want 0600 as before", fi.Mode().Perm())
	}

	if _, err := os.Stat(os.DevNull); err == nil {
		if err := writeFileAtomic(os.DevNull, write); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode().IsRegular() {
			t.Fatalf("%s is now a regular file: restore it with mknod", os.DevNull)
		}
	}
}

// TestRefuseOverwriteStdin: -o naming the file that standard input reads
// ("wirediff -o b.txt a.txt - < b.txt") is refused like -o naming an input
// by path; the report used to replace the article it was made from.
func TestRefuseOverwriteStdin(t *testing.T) {
	dir := t.TempDir()
	b := filepath.Join(dir, "b.txt")
	other := filepath.Join(dir, "other.txt")
	for _, f := range []string{b, other} {
		if err := os.WriteFile(f, []byte("An article.\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	in, err := os.Open(b)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	saved := os.Stdin
	os.Stdin = in
	defer func() { os.Stdin = saved }()

	err = refuseOverwrite(b, []string{"a.txt", "-"})
	if err == nil || !strings.Contains(err.Error(), "standard input") {
		t.Errorf("-o the file standard input reads: err = %v, want a refusal naming standard input", err)
	}
	if err := refuseOverwrite(other, []string{"a.txt", "-"}); err != nil {
		t.Errorf("-o another file: %v", err)
	}
	if err := refuseOverwrite(b, []string{"a.txt", "c.txt"}); err != nil {
		t.Errorf("-o the file on standard input, which is not read: %v", err)
	}
}

// TestWriteRefusesReadOnly checks that -o never replaces a file its owner
// made read-only (the atomic rename would, where a shell's redirection
// fails), that the file is left as it was with a hint, and that a
// writable file is still replaced.
func TestWriteRefusesReadOnly(t *testing.T) {
	dir := t.TempDir()
	kept := filepath.Join(dir, "kept.txt")
	if err := os.WriteFile(kept, []byte("keep me\n"), 0o444); err != nil {
		t.Fatal(err)
	}
	report := func(w io.Writer) error { _, err := io.WriteString(w, "a report\n"); return err }
	err := writeFileAtomic(kept, report)
	if err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("-o a read-only file: err = %v, want a refusal saying it is read-only", err)
	}
	if h := hintOf(err); !strings.Contains(h, "chmod u+w") {
		t.Errorf("-o a read-only file: hint %q, want one naming chmod u+w", h)
	}
	if b, _ := os.ReadFile(kept); string(b) != "keep me\n" {
		t.Errorf("the read-only file now holds %q", b)
	}
	open := filepath.Join(dir, "open.txt")
	if err := os.WriteFile(open, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(open, report); err != nil {
		t.Fatalf("-o a writable file: %v", err)
	}
	if b, _ := os.ReadFile(open); string(b) != "a report\n" {
		t.Errorf("the writable file holds %q, want the report", b)
	}
}
