package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
)

// A pagerChoice is the pager a report on a terminal goes through.
type pagerChoice struct {
	// command is the command line, run as it is when it is one word and
	// by sh -c otherwise, so that "less -S" or "less | cat" work as
	// they do for git; "" for no pager.
	command string
	// env are the variables added to the pager's environment.
	env []string
	// from names where the choice came from, WIREDIFF_PAGER or PAGER,
	// or "" for the default.
	from string
}

// pagerFor chooses the pager as git chooses its own: WIREDIFF_PAGER, else
// PAGER, else less. A variable set to "" or "cat" turns paging off. When
// LESS is unset the pager gets LESS=FRX (quit when the report fits on one
// screen, pass the colours through, leave the screen as it was), and LV=-c
// when LV is unset (colours for lv). lookup is os.LookupEnv, or a fake in
// the tests.
func pagerFor(lookup func(string) (string, bool)) pagerChoice {
	var p pagerChoice
	for _, name := range []string{"WIREDIFF_PAGER", "PAGER"} {
		if v, ok := lookup(name); ok {
			p.command, p.from = strings.TrimSpace(v), name
			break
		}
	}
	if p.from == "" {
		p.command = "less"
	}
	if p.command == "" || p.command == "cat" {
		return pagerChoice{}
	}
	if _, ok := lookup("LESS"); !ok {
		p.env = append(p.env, "LESS=FRX")
	}
	if _, ok := lookup("LV"); !ok {
		p.env = append(p.env, "LV=-c")
	}
	return p
}

// shellChars are the characters that make a pager command a shell
// command line rather than the name of a program.
const shellChars = "|&;<>()$`\\\"' \t\n*?[#~=%"

// cmd returns the command that runs p, writing to stdout and stderr.
func (p pagerChoice) cmd(stdout *os.File, stderr io.Writer) *exec.Cmd {
	var cmd *exec.Cmd
	if strings.ContainsAny(p.command, shellChars) {
		cmd = exec.Command("sh", "-c", p.command)
	} else {
		cmd = exec.Command(p.command)
	}
	cmd.Env = append(os.Environ(), p.env...)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	return cmd
}

// page runs the pager p on stdout and calls write with a writer into it;
// it returns once the pager has ended, so that the shell's prompt does not
// come back while the user still reads. A pager that ends before reading
// everything (the user quit) is no error: what it did not take is dropped.
// Nor is a pager's own failure: it has told the user on stderr. A pager
// that cannot be started is skipped: the report goes to stdout directly,
// with a warning when the user chose that pager.
//
// While the pager runs, an interrupt (^C in less) does not end wirediff:
// less handles it, and wirediff waits for less to quit.
//
// Cost: one process; the report streams through a pipe.
func (p pagerChoice) page(stdout *os.File, stderr io.Writer, write func(w io.Writer) error) error {
	cmd := p.cmd(stdout, stderr)
	in, err := cmd.StdinPipe()
	if err == nil {
		err = cmd.Start()
	}
	if err != nil {
		if p.from != "" {
			errorf(stderr, "cannot start the pager %q (from %s): %v", p.command, p.from, errors.Unwrap(err))
			hintf(stderr, "set %s to a pager on your PATH, or to \"\" or pass --no-pager for none; the report follows unpaged", p.from)
		}
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	interrupt := make(chan os.Signal, 1)
	signal.Notify(interrupt, os.Interrupt)
	defer signal.Stop(interrupt)

	bw := bufio.NewWriter(in)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	in.Close()
	cmd.Wait()
	if errors.Is(err, syscall.EPIPE) {
		return nil // the user quit the pager
	}
	return err
}
