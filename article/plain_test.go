package article

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCleanText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ascii untouched", "plain text\n\tindented", "plain text\n\tindented"},
		{"CRLF and CR", "one\r\ntwo\rthree", "one\ntwo\nthree"},
		{"line and paragraph separators", "a\u2028b\u2029c\u0085d", "a\nb\n\nc\nd"},
		{"form feed is a paragraph break", "page one\fpage two", "page one\n\npage two"},
		{"non-breaking spaces", "10\u00a0km\u202Fand\u2007more\u2009thin\u3000wide", "10 km and more thin wide"},
		{"zero-width characters", "Mi\u200Blan\u2060\uFEFFo", "Milano"},
		{"joiners are kept", "👩\u200D💼 می\u200Cخواهد", "👩\u200D💼 می\u200Cخواهد"},
		{"soft hyphen", "Olym\u00ADpics", "Olympics"},
		{"controls", "a\x01b\x7fc\u0090d", "abcd"},
		{"NFC", "cafe\u0301 Cafe\u0300", "café Cafè"},
		{"NFC across a removed character", "e\u200B\u0301", "é"},
		{"typography kept", "“quoted” ‘single’ — dash – en … ellipsis", "“quoted” ‘single’ — dash – en … ellipsis"},
	}
	for _, tt := range tests {
		if got := cleanText(tt.in); got != tt.want {
			t.Errorf("%s: cleanText(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestCollapse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"already clean", "already clean"},
		{"  lead and trail  ", "lead and trail"},
		{"runs   of \t spaces\nand lines", "runs of spaces and lines"},
		{" ", ""},
	}
	for _, tt := range tests {
		if got := collapse(tt.in); got != tt.want {
			t.Errorf("collapse(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitPlain(t *testing.T) {
	long := func(s string) string { return s + strings.Repeat(" and more words", 8) + "." }
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"blank-line separated", "First paragraph.\n\nSecond paragraph.\n\n\n\nThird.",
			[]string{"First paragraph.", "Second paragraph.", "Third."}},
		{"one paragraph per line", long("First line") + "\n" + long("Second line") + "\nA Heading\n" + long("Third line"),
			[]string{long("First line"), long("Second line"), "A Heading", long("Third line")}},
		{"hard-wrapped", "The licenses for most software are designed to take away your\nfreedom to share and change it.  By contrast, the GNU General Public\nLicense is intended to guarantee your freedom.\n\n  When we speak of free software, we are referring to freedom, not\nprice.  Our General Public Licenses are designed to make sure that you\nhave the freedom to distribute copies.",
			[]string{"The licenses for most software are designed to take away your freedom to share and change it. By contrast, the GNU General Public License is intended to guarantee your freedom.",
				"When we speak of free software, we are referring to freedom, not price. Our General Public Licenses are designed to make sure that you have the freedom to distribute copies."}},
		{"first-line indent without blank lines", "This is a paragraph that was wrapped by an editor at a fixed\nwidth of about sixty-four characters for the page.\n    This is the next paragraph, shown by its indented first\nline only, as old typescripts did.",
			[]string{"This is a paragraph that was wrapped by an editor at a fixed width of about sixty-four characters for the page.",
				"This is the next paragraph, shown by its indented first line only, as old typescripts did."}},
		{"centred title lines", "                    GNU GENERAL PUBLIC LICENSE\n                       Version 2, June 1991\n\nSome text that is wrapped to a width so that it fills the\nline and goes on to the next line which ends here.",
			[]string{"GNU GENERAL PUBLIC LICENSE", "Version 2, June 1991", "Some text that is wrapped to a width so that it fills the line and goes on to the next line which ends here."}},
		{"wrapped bracketed number continues", "  We protect your rights with two steps: (1) copyright the software, and\n(2) offer you this license which gives you legal permission to copy,\ndistribute and/or modify the software.\n\nAnother paragraph wrapped at the same width as the one above it\nso that the width can be measured from the lines.",
			[]string{"We protect your rights with two steps: (1) copyright the software, and (2) offer you this license which gives you legal permission to copy, distribute and/or modify the software.",
				"Another paragraph wrapped at the same width as the one above it so that the width can be measured from the lines."}},
		{"lettered list after a colon", "provided that you also meet all of these conditions, which are\nlisted below in the order of their importance to the authors:\n    a) You must cause the modified files to carry prominent notices\n    stating that you changed the files.\n    b) You must cause any work that you distribute to be licensed.",
			[]string{"provided that you also meet all of these conditions, which are listed below in the order of their importance to the authors:",
				"a) You must cause the modified files to carry prominent notices stating that you changed the files.",
				"b) You must cause any work that you distribute to be licensed."}},
		{"hyphen at line end", "It was a well-\nknown fact that the free-\nsoftware movement grew, and then more\nwords followed to fill the line width up.",
			[]string{"It was a well-known fact that the free-software movement grew, and then more words followed to fill the line width up."}},
		{"markdown", "# The Title\n\nIntro paragraph.\n\n## Section ##\n- first item\n- second item\n\n* * *\n\nSetext Heading\n==============\n\nLast.",
			[]string{"The Title", "Intro paragraph.", "Section", "first item", "second item", "Setext Heading", "Last."}},
		{"bullet tag list", "Tags:\n  • ICE\n  • Italy\n  • Winter Olympics", []string{"Tags:", "ICE", "Italy", "Winter Olympics"}},
		{"separator lines only", "-----\n\n* * *", nil},
	}
	// Lists and tables that the wrapping test reads as prose (rows of one
	// width whose next word never fits after them): past
	// maxUnpunctuatedLines lines without the end of a sentence, a line
	// each; a decimal point ends none. Up to that many, and in prose that
	// ends a sentence somewhere, the lines are joined as before.
	rows := func(n int, row func(int) string) (string, []string) {
		var lines []string
		for i := range n {
			lines = append(lines, row(i))
		}
		return strings.Join(lines, "\n"), lines
	}
	tableIn, tableWant := rows(maxUnpunctuatedLines+1, func(i int) string { return fmt.Sprintf("%d\t%d.5\t%d", 10000+i, 20000+i, 30000+7*i) })
	for i, r := range tableWant {
		tableWant[i] = strings.ReplaceAll(r, "\t", " ") // white space collapsed
	}
	namesIn, namesWant := rows(maxUnpunctuatedLines+1, func(i int) string { return fmt.Sprintf("Candidate%02d", i) })
	shortIn, shortLines := rows(maxUnpunctuatedLines, func(i int) string { return fmt.Sprintf("Candidate%02d", i) })
	proseIn, proseLines := rows(maxUnpunctuatedLines+1, func(i int) string {
		if i == 5 {
			return "vote. Then the count went on into the"
		}
		return fmt.Sprintf("count of ballots number %02d went on into the", i)
	})
	tests = append(tests,
		struct {
			name string
			in   string
			want []string
		}{"table rows", tableIn, tableWant},
		struct {
			name string
			in   string
			want []string
		}{"list of names", namesIn, namesWant},
		struct {
			name string
			in   string
			want []string
		}{"short list joined", shortIn, []string{strings.Join(shortLines, " ")}},
		struct {
			name string
			in   string
			want []string
		}{"prose with one sentence end", proseIn, []string{strings.Join(proseLines, " ")}},
	)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range splitPlain(tt.in) {
				got = append(got, b.text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSplitPlainHints(t *testing.T) {
	blocks := splitPlain("# Title\n\n- item\n\nText.\n\nSetext\n---")
	var got []hint
	for _, b := range blocks {
		got = append(got, b.hint)
	}
	want := []hint{hintHeading, hintListItem, hintNone, hintHeading}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hints (-want +got):\n%s", diff)
	}
}

// The seeds written one paragraph per line (001, 003) and with blank
// lines (000, 002, 004) must come out with every line a paragraph.
func TestSeedParagraphsAreLines(t *testing.T) {
	for _, file := range []string{"000_c64f40ef166d9df3.txt", "001_e4d2f7d4ad65d4f5.txt", "002_5abd8e9c77b91b8e.txt", "003_b030a8d00d13db10.txt", "004_f996ef66bb436ca1.txt"} {
		data, err := os.ReadFile("../testdata/seeds/" + file)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "•"))
			if line != "" {
				want = append(want, line)
			}
		}
		d := mustParse(t, file, string(data))
		if diff := cmp.Diff(want, paragraphTexts(d)); diff != "" {
			t.Errorf("%s paragraphs (-lines +got):\n%s", file, diff)
		}
	}
}

// Hard-wrapped license texts must come out as paragraphs, not lines: no
// paragraph may end in the middle of a sentence where the next one goes
// on in lower case.
func TestLicenseParagraphs(t *testing.T) {
	for _, name := range []string{"GPL-2", "GPL-3", "LGPL-2.1", "GFDL-1.3", "MPL-2.0"} {
		data, err := os.ReadFile("../testdata/licenses/" + name)
		if err != nil {
			t.Fatal(err)
		}
		d := mustParse(t, name, string(data))
		lines := strings.Count(string(data), "\n")
		if len(d.Paragraphs)*3 > lines {
			t.Errorf("%s: %d paragraphs from %d lines: lines were not joined", name, len(d.Paragraphs), lines)
		}
		texts := paragraphTexts(d)
		for i := 1; i < len(texts); i++ {
			first := []rune(texts[i])[0]
			if first >= 'a' && first <= 'z' && !endsSentence(texts[i-1]) && !numberedItem().MatchString(texts[i]) {
				t.Errorf("%s: paragraph %d %q continues paragraph %d %q", name, i, firstChars(texts[i], 40), i-1, texts[i-1])
			}
		}
	}
	// A known paragraph of GPL-2, wrapped over nine lines.
	data, _ := os.ReadFile("../testdata/licenses/GPL-2")
	d := mustParse(t, "GPL-2", string(data))
	want := "The licenses for most software are designed to take away your freedom to share and change it. By contrast, the GNU General Public License is intended to guarantee your freedom to share and change free software--to make sure the software is free for all its users. This General Public License applies to most of the Free Software Foundation's software and to any other program whose authors commit to using it. (Some other Free Software Foundation software is covered by the GNU Lesser General Public License instead.) You can apply it to your programs, too."
	found := false
	for _, p := range paragraphTexts(d) {
		if p == want {
			found = true
		}
	}
	if !found {
		t.Errorf("GPL-2: the preamble's first paragraph is not one paragraph")
	}
}
