package render

import (
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/report"
)

// para is one paragraph of a hand-built document.
type para struct {
	role      article.Role
	sentences []string
}

// doc builds a Document the way article does: paragraphs joined by a blank
// line, sentences of a paragraph by one space, offsets into the text.
func doc(name, title string, paras ...para) *article.Document {
	d := &article.Document{Name: name, Title: title, Format: "text"}
	var b strings.Builder
	for pi, p := range paras {
		if pi > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		for si, s := range p.sentences {
			if si > 0 {
				b.WriteByte(' ')
			}
			d.Sentences = append(d.Sentences, article.Sentence{Paragraph: pi, Start: b.Len(), End: b.Len() + len(s), Text: s})
			b.WriteString(s)
		}
		d.Paragraphs = append(d.Paragraphs, article.Paragraph{Role: p.role, Start: start, End: b.Len()})
	}
	d.Text = b.String()
	return d
}

func eq(s string) align.Chunk  { return align.Chunk{Op: align.Equal, Text: s} }
func del(s string) align.Chunk { return align.Chunk{Op: align.Delete, Text: s} }
func ins(s string) align.Chunk { return align.Chunk{Op: align.Insert, Text: s} }

// storyReport is a small wire story and a rewrite of it that together show
// every kind of record: an edited heading, identical sentences, a
// paraphrase, an altered quotation, a dropped sentence, a moved one, two
// added ones, an edit with wide characters, and paragraphs left out of the
// comparison (a byline and copyright lines).
func storyReport() *report.Report {
	base := doc("wire.txt", "Italy objects to ICE role at Winter Olympics",
		para{article.Heading, []string{"Italy objects to ICE role at Winter Olympics"}},
		para{article.Byline, []string{"By Jane Doe, Wire"}},
		para{article.Body, []string{
			"Outrage is growing in Italy over the deployment of ICE agents to the Winter Olympics.",
			"Lawmakers urged Prime Minister Giorgia Meloni to intervene.",
		}},
		para{article.Body, []string{
			"The former prime minister Giuseppe Conte urged the government to “set -our own limits” and “make clear decisions.”",
			"“We cannot allow this,” he added.",
		}},
		para{article.Body, []string{
			"Milan’s mayor Giuseppe Sala said ICE agents were not welcome.",
			"The Games open on February 6.",
		}},
		para{article.Boilerplate, []string{"© 2026 Wire Service. All rights reserved."}},
	)
	other := doc("outlet.html", "",
		para{article.Heading, []string{"Italy objects to ICE role at the Winter Olympics"}},
		para{article.Body, []string{
			"Milan’s mayor Giuseppe Sala said ICE agents were not welcome.",
			"Outrage is growing in Italy over the deployment of ICE agents to the Winter Olympics.",
		}},
		para{article.Body, []string{
			"Meloni was urged by lawmakers to step in.",
			"The former prime minister Giuseppe Conte urged the government to “set our own limits” and “make clear decisions.”",
		}},
		para{article.Body, []string{
			"The White House did not respond to a request for comment.",
			"Organisers said security plans were unchanged.",
		}},
		para{article.Body, []string{"The Games — 冬季オリンピック — open on February 6 in Milan."}},
		para{article.Boilerplate, []string{"Copyright Outlet."}},
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
	base := doc("base.txt", "Plain story",
		para{article.Body, []string{"The council met on Tuesday.", "It approved the budget."}},
	)
	other := doc("<img src=x onerror=alert(1)>.html", "</title><script>window.pwned=1</script>",
		para{article.Body, []string{
			"The council met on Tuesday.",
			"<script>window.pwned=1</script> It approved </textarea><img src=x onerror=\"window.pwned=1\"> the budget.",
		}},
		para{article.Body, []string{
			"Read more at javascript:window.pwned=1 and \x1b]0;owned\x07 \x1b[2J here.",
			"<a href=\"javascript:window.pwned=1\">click</a> ' \" & <!-- -->",
		}},
	)
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
