package render

import (
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/report"
)

// eq, del and ins make the chunks of a word diff.
func eq(s string) align.Chunk  { return align.Chunk{Op: align.Equal, Text: s} }
func del(s string) align.Chunk { return align.Chunk{Op: align.Delete, Text: s} }
func ins(s string) align.Chunk { return align.Chunk{Op: align.Insert, Text: s} }

// storyReport is a small wire story and a rewrite of it that together show
// every kind of record: an edited heading, identical sentences, a
// paraphrase, an altered quotation, a dropped sentence, a moved one, two
// added ones, an edit with wide characters, and paragraphs left out of the
// comparison (a byline and copyright lines).
func storyReport() *report.Report {
	base := testdoc.New("wire.txt",
		testdoc.Para{Role: article.Heading, Sentences: []string{"Italy objects to ICE role at Winter Olympics"}},
		testdoc.Para{Role: article.Byline, Sentences: []string{"By Jane Doe, Wire"}},
		testdoc.Body(
			"Outrage is growing in Italy over the deployment of ICE agents to the Winter Olympics.",
			"Lawmakers urged Prime Minister Giorgia Meloni to intervene.",
		),
		testdoc.Body(
			"The former prime minister Giuseppe Conte urged the government to “set -our own limits” and “make clear decisions.”",
			"“We cannot allow this,” he added.",
		),
		testdoc.Body(
			"Milan’s mayor Giuseppe Sala said ICE agents were not welcome.",
			"The Games open on February 6.",
		),
		testdoc.Para{Role: article.Boilerplate, Sentences: []string{"© 2026 Wire Service. All rights reserved."}},
	)
	base.Title = "Italy objects to ICE role at Winter Olympics"
	other := testdoc.New("outlet.html",
		testdoc.Para{Role: article.Heading, Sentences: []string{"Italy objects to ICE role at the Winter Olympics"}},
		testdoc.Body(
			"Milan’s mayor Giuseppe Sala said ICE agents were not welcome.",
			"Outrage is growing in Italy over the deployment of ICE agents to the Winter Olympics.",
		),
		testdoc.Body(
			"Meloni was urged by lawmakers to step in.",
			"The former prime minister Giuseppe Conte urged the government to “set our own limits” and “make clear decisions.”",
		),
		testdoc.Body(
			"The White House did not respond to a request for comment.",
			"Organisers said security plans were unchanged.",
		),
		testdoc.Body("The Games — 冬季オリンピック — open on February 6 in Milan."),
		testdoc.Para{Role: article.Boilerplate, Sentences: []string{"Copyright Outlet."}},
	)
	c := &align.Comparison{
		Base: base, Other: other,
		Summary: align.Summary{Identical: 2, Edited: 3, Paraphrased: 1, Added: 2, Dropped: 1, Moved: 1, Reused: 0.8123},
		Paragraphs: []align.ParagraphLink{
			{Base: []int{0}, Other: []int{0}, Score: 0.95},
			{Base: []int{2}, Other: []int{1}, Score: 0.5},
			{Base: []int{3}, Other: []int{2}, Score: 0.62},
			{Base: []int{4}, Other: []int{4}, Score: 0.4},
		},
		Sentences: []align.SentenceLink{
			{Kind: align.Edited, Base: []int{0}, Other: []int{0}, Score: 0.9512,
				Diff: []align.Chunk{eq("Italy objects to ICE role at "), ins("the "), eq("Winter Olympics")}},
			{Kind: align.Identical, Base: []int{2}, Other: []int{2}, Score: 1,
				Diff: []align.Chunk{eq("Outrage is growing in Italy over the deployment of ICE agents to the Winter Olympics.")}},
			{Kind: align.Paraphrased, Base: []int{3}, Other: []int{3}, Score: 0.61234},
			{Kind: align.Edited, Base: []int{4}, Other: []int{4}, Score: 0.97,
				Diff: []align.Chunk{
					eq("The former prime minister Giuseppe Conte urged the government to “set "),
					del("-our"), ins("our"),
					eq(" own limits” and “make clear decisions.”"),
				}},
			{Kind: align.Dropped, Base: []int{5}},
			{Kind: align.Identical, Base: []int{6}, Other: []int{1}, Score: 1, Moved: true,
				Diff: []align.Chunk{eq("Milan’s mayor Giuseppe Sala said ICE agents were not welcome.")}},
			{Kind: align.Edited, Base: []int{7}, Other: []int{7}, Score: 0.7,
				Diff: []align.Chunk{eq("The Games"), ins(" — 冬季オリンピック —"), eq(" open on February 6"), ins(" in Milan"), eq(".")}},
			{Kind: align.Added, Other: []int{5}},
			{Kind: align.Added, Other: []int{6}},
		},
	}
	// Its checks: the altered quotation, as check.Run finds it.
	checks := &check.Report{Quotes: []check.QuoteChange{{
		Speaker: "Giuseppe Conte", OtherSpeaker: "Giuseppe Conte",
		Base: "set -our own limits", Other: "set our own limits", Change: check.QuoteAltered,
		SameSpeaker: true, BaseSentences: []int{4}, OtherSentences: []int{4}, Records: []int{3},
		Diff: []align.Chunk{eq("set "), del("-our"), ins("our"), eq(" own limits")},
	}}}
	return &report.Report{Documents: []*article.Document{base, other}, Comparisons: []*align.Comparison{c},
		Checks: []*check.Report{checks}, Version: "test"}
}

// hostileReport compares a BASE with an OTHER whose text tries to run
// script in an HTML report and to send escape sequences to a terminal.
func hostileReport() *report.Report {
	base := testdoc.New("base.txt",
		testdoc.Body("The council met on Tuesday.", "It approved the budget."),
	)
	base.Title = "Plain story"
	other := testdoc.New("<img src=x onerror=alert(1)>.html",
		testdoc.Body(
			"The council met on Tuesday.",
			"<script>window.pwned=1</script> It approved </textarea><img src=x onerror=\"window.pwned=1\"> the budget.",
		),
		testdoc.Body(
			"Read more at javascript:window.pwned=1 and \x1b]0;owned\x07 \x1b[2J here.",
			"<a href=\"javascript:window.pwned=1\">click</a> ' \" & <!-- -->",
		),
	)
	other.Title = "</title><script>window.pwned=1</script>"
	c := &align.Comparison{
		Base: base, Other: other,
		Summary: align.Summary{Identical: 1, Edited: 1, Added: 2, Reused: 0.4},
		Paragraphs: []align.ParagraphLink{
			{Base: []int{0}, Other: []int{0}, Score: 0.7},
		},
		Sentences: []align.SentenceLink{
			{Kind: align.Identical, Base: []int{0}, Other: []int{0}, Score: 1, Diff: []align.Chunk{eq("The council met on Tuesday.")}},
			{Kind: align.Edited, Base: []int{1}, Other: []int{1}, Score: 0.5, Diff: []align.Chunk{
				ins("<script>window.pwned=1</script> "), eq("It approved "),
				ins("</textarea><img src=x onerror=\"window.pwned=1\"> "), eq("the budget."),
			}},
			{Kind: align.Added, Other: []int{2}},
			{Kind: align.Added, Other: []int{3}},
		},
	}
	// Findings whose every text is hostile too.
	checks := &check.Report{
		Quotes: []check.QuoteChange{{
			Speaker: "</title><img src=x onerror=alert(1)>", OtherSpeaker: "\x1b]0;owned\x07Sala",
			Base: "It approved the budget.", Other: "<script>window.pwned=1</script> It approved",
			Change: check.QuoteTruncated, BaseSentences: []int{1}, OtherSentences: []int{1}, Records: []int{1},
		}},
		Typos: []check.Typo{{Other: "onerror", Kind: check.TypoMisspelling, Sentence: 1, BaseSentence: -1,
			Start: strings.Index(other.Text, "onerror"), End: strings.Index(other.Text, "onerror") + len("onerror")}},
		Facts: []check.Fact{{Base: "Tuesday", Other: "\x1b[2J<b>Wednesday</b>", Kind: check.FactDate, BaseSentence: 0, OtherSentence: 0}},
	}
	return &report.Report{Documents: []*article.Document{base, other}, Comparisons: []*align.Comparison{c},
		Checks: []*check.Report{checks}, Version: "test"}
}
