package main

import (
	"slices"
	"testing"
)

// The pager is chosen as git chooses its own, from the environment.
func TestPagerFor(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     map[string]string
		command string
		extra   []string
		from    string
	}{
		{"default", nil, "less", []string{"LESS=FRX", "LV=-c"}, ""},
		{"PAGER", map[string]string{"PAGER": "more"}, "more", []string{"LESS=FRX", "LV=-c"}, "PAGER"},
		{"WIREDIFF_PAGER first", map[string]string{"PAGER": "more", "WIREDIFF_PAGER": "less -S"}, "less -S", []string{"LESS=FRX", "LV=-c"}, "WIREDIFF_PAGER"},
		{"LESS kept", map[string]string{"LESS": "-R", "LV": ""}, "less", nil, ""},
		{"empty turns it off", map[string]string{"WIREDIFF_PAGER": "", "PAGER": "less"}, "", nil, ""},
		{"PAGER empty", map[string]string{"PAGER": ""}, "", nil, ""},
		{"cat turns it off", map[string]string{"PAGER": "cat"}, "", nil, ""},
		{"spaces trimmed", map[string]string{"WIREDIFF_PAGER": "  "}, "", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := pagerFor(func(k string) (string, bool) { v, ok := tc.env[k]; return v, ok })
			if p.command != tc.command || !slices.Equal(p.env, tc.extra) || p.from != tc.from {
				t.Errorf("pagerFor(%v) = %q %q from %q; want %q %q from %q", tc.env, p.command, p.env, p.from, tc.command, tc.extra, tc.from)
			}
		})
	}
}

// A pager with options or a pipe runs through the shell; a bare name
// runs as it is.
func TestPagerCmd(t *testing.T) {
	if got := (pagerChoice{command: "less"}).cmd(nil, nil).Args; !slices.Equal(got, []string{"less"}) {
		t.Errorf("less runs as %q", got)
	}
	if got := (pagerChoice{command: "less -S | cat"}).cmd(nil, nil).Args; !slices.Equal(got, []string{"sh", "-c", "less -S | cat"}) {
		t.Errorf("a command line runs as %q", got)
	}
}

// The width: --width, then the terminal's, then COLUMNS, then none.
func TestChooseWidth(t *testing.T) {
	for _, tc := range []struct {
		flag     int
		isTTY    bool
		ttyWidth int
		columns  string
		want     int
	}{
		{-1, false, 0, "", 0},
		{-1, false, 0, "90", 90},
		{-1, false, 0, " 90 ", 90},
		{-1, false, 0, "wide", 0},
		{-1, false, 0, "-5", 0},
		{-1, true, 132, "90", 132},
		{70, true, 132, "90", 70},
		{0, true, 132, "90", 0},
		{70, false, 0, "", 70},
	} {
		if got := chooseWidth(tc.flag, tc.isTTY, tc.ttyWidth, tc.columns); got != tc.want {
			t.Errorf("chooseWidth(%d, %v, %d, %q) = %d, want %d", tc.flag, tc.isTTY, tc.ttyWidth, tc.columns, got, tc.want)
		}
	}
}
