package article

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestRoleOf(t *testing.T) {
	tests := []struct {
		text string
		hint hint
		want Role
	}{
		// Headings: short, no end punctuation.
		{"Italian Pushback", hintNone, Heading},
		{"Public Reaction", hintNone, Heading},
		{"Context And Reassurances", hintNone, Heading},
		{"Italy protests ICE role in US security plan for upcoming Winter Olympics", hintNone, Heading},
		{"What happens next", hintNone, Heading},
		{"2. VERBATIM COPYING", hintNone, Heading},
		{"Anything", hintHeading, Heading},
		// Not headings: pull quotes, sentences, lower-case fragments, long lines.
		{"“They’re not welcome in Milan,” — Milan Mayor Giuseppe Sala, RTL 102.5", hintNone, Body},
		{"The US Department of Homeland Security (DHS) confirmed the reports in a statement to CNN on Tuesday.", hintNone, Body},
		{"and then it went on", hintNone, Body},
		{"Italy protests ICE role in US security plan for upcoming Winter Olympics and the government says nothing about it at all", hintNone, Body},

		// Bylines and datelines.
		{"By Sana Noor Haq, Barbie Latza Nadeau, Antonia Mortensen, CNN", hintNone, Byline},
		{"By Colleen Barry and Giada Zampano, Associated Press", hintNone, Byline},
		{"TOI GLOBAL DESK | TOI GLOBAL | Jan 27, 2026, 20:26 IST", hintNone, Byline},
		{"Updated 10:32 AM EST, Tue January 27, 2026", hintNone, Byline},
		{"Published 27 January 2026", hintNone, Byline},
		{"Angela Giuffrida in Rome", hintByline, Byline},
		{"By Tuesday, officials had agreed to limit the role of the agents.", hintNone, Body},
		{"(CNN) — Outrage is growing in Italy over the deployment of ICE agents.", hintNone, Body},
		{"On Jan. 27, 2026, the ministry confirmed the agents would come.", hintNone, Body},

		// Captions and credits.
		{"Homeland Security Secretary Kristi Noem, left, and Italian Interior Minister Matteo Piantedosi meet in Rome. (AP Photo/Alex Brandon, Pool) Alex Brandon/AP", hintNone, Caption},
		{"The Olympic Rings are installed in Livigno, Italy. (The Yomiuri Shimbun via AP Images)", hintNone, Caption},
		{"Milan Mayor Giuseppe Sala speaks to reporters. Piero Cruciatti/AFP/Getty Images", hintNone, Caption},
		{"Photograph: Andreas Solaro/AFP/Getty Images", hintNone, Caption},
		{"Protesters in Minneapolis. Photo: Reuters", hintNone, Caption},
		{"He posted a photo on X showing the agents: three men in a car.", hintNone, Body},
		{"Anything at all.", hintCaption, Caption},
		{"MILAN (AP) — Italian officials expressed outrage on Tuesday.", hintNone, Body},
		{"LONDON (Reuters) - Shares rose on Tuesday.", hintNone, Body},

		// Boilerplate.
		{"The-CNN-Wire", hintNone, Boilerplate},
		{"™ & © 2026 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.", hintNone, Boilerplate},
		{"Copyright 2026 The Associated Press. All rights reserved.", hintNone, Boilerplate},
		{"CNN’s Kit Maher and Sharon Braithwaite contributed reporting.", hintNone, Boilerplate},
		{"Associated Press writer Frances D’Emilio in Rome contributed to this report.", hintNone, Boilerplate},
		{"This story was updated with additional reporting. CNN’s Kit Maher and Sharon Braithwaite contributed.", hintNone, Boilerplate},
		{"This article has been corrected to fix the name of the ambassador.", hintNone, Boilerplate},
		{"Reporting by Angelo Amante; Editing by Alison Williams", hintNone, Boilerplate},
		{"Help us improve.", hintNone, Boilerplate},
		{"Sign up for our daily newsletter", hintNone, Boilerplate},
		{"Advertisement", hintNone, Boilerplate},
		{"Tags:", hintNone, Boilerplate},
		{"Topics: Italy, ICE, Winter Olympics", hintNone, Boilerplate},
		{"TL;DR", hintNone, Boilerplate},
		{"Many factors contributed.", hintNone, Body},
		{"Italians contributed to the fund.", hintNone, Body},
		{"He said he would subscribe to the plan if it changed.", hintNone, Body},
	}
	for _, tt := range tests {
		if got := roleOf(tt.text, tt.hint); got != tt.want {
			t.Errorf("roleOf(%q, %d) = %s, want %s", tt.text, tt.hint, got, tt.want)
		}
	}
}

func TestAssignRolesContext(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
		want   []Role
	}{
		{"tag list after its label",
			[]string{"The story ends here.", "Tags:", "ICE", "Italy", "Winter Olympics", "A longer closing line that reads as a sentence."},
			[]Role{Body, Boilerplate, Boilerplate, Boilerplate, Boilerplate, Body}},
		{"alt text above a caption",
			[]string{"The Olympic Rings are installed in Livigno, Italy", "The Olympic Rings are installed in Livigno, Italy. (The Yomiuri Shimbun via AP Images)", "The story goes on."},
			[]Role{Caption, Caption, Body}},
		{"unrelated paragraph above a caption",
			[]string{"Officials met on Tuesday to discuss the plan.", "The Olympic Rings are installed in Livigno, Italy. (The Yomiuri Shimbun via AP Images)"},
			[]Role{Body, Caption}},
		{"title-case headline first",
			[]string{"The U.S. Is Sending an ICE Unit to Assist With Olympic Security. Italian Officials Are Concerned.", "Milan Mayor Giuseppe Sala called ICE a dangerous “militia” that he would not allow into his city."},
			[]Role{Heading, Body}},
		{"title case only at the top",
			[]string{"Some body text comes first here.", "The U.S. Is Sending an ICE Unit to Assist With Olympic Security."},
			[]Role{Body, Body}},
		{"byline before the headline",
			[]string{"By Sana Noor Haq, CNN", "Italians Are Outraged Over Plans For ICE Agents.", "Body text."},
			[]Role{Byline, Heading, Body}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]block, len(tt.blocks))
			for i, s := range tt.blocks {
				blocks[i] = block{text: s}
			}
			assignRoles(blocks)
			var got []Role
			for _, b := range blocks {
				got = append(got, b.role)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestRoleString(t *testing.T) {
	want := map[Role]string{Body: "body", Heading: "heading", Byline: "byline", Caption: "caption", Boilerplate: "boilerplate", Role(99): "body"}
	for r, s := range want {
		if r.String() != s {
			t.Errorf("Role(%d).String() = %q, want %q", int(r), r.String(), s)
		}
	}
}

func TestDocumentRole(t *testing.T) {
	d := &Document{Paragraphs: []Paragraph{{Role: Heading}, {Role: Body}, {Role: Caption}}}
	for p, want := range map[int]Role{-1: Body, 0: Heading, 1: Body, 2: Caption, 3: Body} {
		if got := d.Role(p); got != want {
			t.Errorf("Role(%d) = %s, want %s", p, got, want)
		}
	}
}

// TestMayBeCredit: the cheap test before creditRE lets every match
// through, and stops a paragraph that has a key word and nothing else.
func TestMayBeCredit(t *testing.T) {
	for _, text := range []string{
		"Giuseppe Sala (Photo: Getty Images)",
		"PHOTO: Reuters",
		"The mayor in Milan. Pictured: the mayor in Milan",
		"File photo: AP",
		"Police at the scene VIA Getty Images",
		"The ministry's pool car. Mario Rossi/AFP",
		"Rome, January 27 (photograph by the ministry)",
		"Police at the scene via\tGetty Images",
		"(Via Reuters)",
		"Mario Rossi/Getty  Images \n",
		"Mario Rossi/ansa",
		"Mario Rossi/AP. Photo: the ministry",
		"Rome (ſhutterſtock pool)",
		"(photos by Mario/Rossi)",
	} {
		if !creditRE().MatchString(text) {
			t.Errorf("%q: creditRE does not match; fix the test", text)
		}
		if !mayBeCredit(text, strings.ToLower(text)) {
			t.Errorf("mayBeCredit(%q) = false for a credit", text)
		}
	}
	for _, text := range []string{
		"The image of the pool was everywhere",
		"The image was obviously everywhere",
		"The image of the pool/the sea.",
		"A copy with modifications and/or translated into another language, and an image.",
	} {
		if mayBeCredit(text, strings.ToLower(text)) {
			t.Errorf("mayBeCredit(%q) = true", text)
		}
		if creditRE().MatchString(text) {
			t.Errorf("%q: creditRE matches; fix the test", text)
		}
	}
}

// TestRoleFilters: each cheap test that lets a pattern of roleOf or of
// the plain-text line reader run holds for every text the pattern
// matches, on the seeds' paragraphs and lines, the article fixtures, the
// licences in testdata, the MSRP sentences where the corpus is present,
// and texts made to match (case folded, a long s for an s); and each
// pattern matches some of them, so that the check is not empty.
func TestRoleFilters(t *testing.T) {
	texts := []string{
		"The-CNN-Wire", "THE-AP-WIRE", "Story-Wire",
		"This story has been updated.", "Editor’s note: this was corrected", "Reporting by Jane Doe; Editing by Tom Roe", "CORRECTION (Jan 5): a name", "The Associated Press contributed",
		"Sign up for our newsletter", "ſign up now", "SUBSCRIBE", "Read more: the rest", "Advertisement", "ad", "tl;dr", "Don’t miss the latest",
		"Tags: ICE, Italy", "TOPICS: Olympics", "Filed under: news", "Keywords: a, b", "Categories: world", "More on: Italy",
		"By Jane Doe", "Written by Tom Roe", "BY ANA LIMA", "Words by Kim Lee", "story by Max Mu",
		"Jan. 5, 2026", "5 January 2026", "2026-01-05", "1/5/26", "Updated 10:32 GMT", "Published 9.05 a.m. EST",
	}
	lines := []string{"***", "* * *", "---", "===", "~~~", "• • •", "# Title", "## Title ##", "### Section", "- item", "* item", "+ item", "• item", "◦ item",
		"1. item", "12) item", "(3) item", "(a) item", "b) item", "B. item", "1.2. item", "a.m. is not", "(c) 2026"}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("..", "testdata", "article", "*"))
	lic, _ := filepath.Glob(filepath.Join("..", "testdata", "licenses", "*"))
	for _, name := range slices.Concat(files, more, lic) {
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		for l := range strings.Lines(string(b)) {
			lines = append(lines, strings.TrimSpace(l))
		}
		if d, err := Parse(name, b); err == nil {
			for _, p := range d.Paragraphs {
				texts = append(texts, d.Text[p.Start:p.End])
			}
		}
	}
	if b, err := os.ReadFile(msrpPath); err == nil {
		for l := range strings.Lines(string(b)) {
			if f := strings.Split(strings.TrimSpace(l), "\t"); len(f) == 5 {
				texts = append(texts, f[3], f[4])
			}
		}
	}
	for _, f := range []struct {
		name string
		re   func() *regexp.Regexp
		may  func(text, lower string) bool
	}{
		{"wire slug", wireSlugRE, mayBeWireSlug},
		{"story note", storyNoteRE, mayBeStoryNote},
		{"furniture", furnitureRE, mayBeFurniture},
		{"tag label", tagLabelRE, mayBeTagLabel},
		{"byline", bylineRE, mayBeByline},
		{"date", dateRE, hasDigit},
		{"time", timeRE, hasDigit},
	} {
		matched := 0
		for _, text := range texts {
			if f.re().MatchString(text) {
				matched++
				if !f.may(text, strings.ToLower(text)) {
					t.Errorf("%s: %q matches, but its cheap test says it cannot", f.name, text)
				}
			}
		}
		if matched < 3 {
			t.Errorf("%s: only %d texts match", f.name, matched)
		}
	}
	for _, f := range []struct {
		name string
		re   func() *regexp.Regexp
		may  func(string) bool
	}{
		{"rule", ruleLine, func(s string) bool { r, _ := utf8.DecodeRuneInString(s); return strings.ContainsRune(ruleMarks, r) }},
		{"heading", atxHeading, func(s string) bool { return strings.HasPrefix(s, "#") }},
		{"bullet", bulletItem, func(s string) bool { r, _ := utf8.DecodeRuneInString(s); return strings.ContainsRune(bulletMarks, r) }},
		{"numbered", numberedItem, mayBeNumbered},
	} {
		matched := 0
		for _, l := range lines {
			if f.re().MatchString(l) {
				matched++
				if !f.may(l) {
					t.Errorf("%s line: %q matches, but its cheap test says it cannot", f.name, l)
				}
			}
		}
		if matched < 3 {
			t.Errorf("%s line: only %d lines match", f.name, matched)
		}
	}
}
