package article

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/wirediff/wirediff/internal/inorder"
)

// Role rules. Each is a pattern of form and shape that news sites share,
// not a string from one site: the tests pin them on lines from several.
//
// Only short paragraphs are looked at (maxRoleBytes): a long paragraph is
// always body, which also keeps the cost of the patterns bounded.
const maxRoleBytes = 600

var (
	// Copyright lines: "© 2026 …", "Copyright 2026 …", "(c) 2026", "All rights reserved".
	copyrightRE = lazyRegexp(`(?i)(©|^copyright\b|\(c\)\s*\d{4}|\ball rights reserved\b|^™)`)

	// An agency's slug line: one hyphenated token ending in "Wire" ("The-CNN-Wire").
	wireSlugRE = lazyRegexp(`(?i)^(?:\p{L}+-)+wire$`)

	// Credits for reporting: "X and Y contributed reporting.", "… contributed to this report.",
	// and the bare "CNN’s X and Y contributed." that names the outlet.
	contributedRE = lazyRegexp(`(?i:\bcontributed\s+(?:reporting|research|to\s+this\s+(?:report|story|article))(?:\s+from\s+[^.]+)?)\s*\.?$|^\p{Lu}[\p{L}.-]*['’]s\s+\p{Lu}.*\bcontributed\s*\.?$`)

	// Notes about the story itself and agency credit lines.
	storyNoteRE = lazyRegexp(`(?i)^(?:this\s+(?:story|article|report|post|piece)\s+(?:has\s+been|was|is\s+being|will\s+be|is)\s+(?:updated|corrected|amended|developing|originally\s+published|published)|(?:editor(?:['’]s)?\s+note|editing\s+by|reporting\s+by|writing\s+by|additional\s+reporting\s+by|compiled\s+by|(?:correction|clarification|update)\s*(?:\(|:))|(?:the\s+)?associated\s+press\s+contributed)`)

	// Calls to action and page furniture. Matched at the start of short paragraphs.
	furnitureRE = lazyRegexp(`(?i)^(?:help\s+us\s+improve|sign\s+up\b|subscribe\b|follow\s+(?:us|@)|click\s+here|read\s+(?:more|next|also)\b|also\s+read\b|see\s+also\b|related(?:\s+(?:articles?|stories|coverage|content))?\s*:|recommended\b|more\s+from\b|advertisement$|ad$|sponsored\b|story\s+continues\s+below|share\s+(?:this|on)\b|was\s+this\s+(?:article|story)\s+helpful|download\s+(?:the|our)\s+app|don['’]t\s+miss\b|get\s+(?:the|our)\s+(?:latest|newsletter)|watch\s*:|listen\s*:|tl;\s*dr$|tldr$)`)

	// Labels that introduce a list of tags.
	tagLabelRE = lazyRegexp(`(?i)^(?:tags?|topics?|related\s+topics|keywords|filed\s+under|categories|more\s+on)\s*:`)

	// Photo credits and captions.
	creditRE = lazyRegexp(`(?i)(?:\([^()]{0,120}\b(?:photos?|photograph|photographer|image|images|pool|illustration|shutterstock)\b[^()]{0,120}\)|(?:^|[.!?]\s+)(?:photo|photograph|image|picture|illustration|credit|file\s+photo|pictured)s?(?:\s+credit)?\s*:|\bvia\s+(?:getty\s+images|ap\s+images|reuters|afp|shutterstock|imagn)\b|[\p{L}.]+/(?:ap|afp|reuters|getty\s+images|epa|bloomberg|shutterstock|sipa|anadolu|nurphoto|zuma|pa\s+images|ansa)\s*$)`)

	// "By Name …": a byline, when it stays short and does not read as a sentence.
	bylineRE = lazyRegexp(`^(?i:by|written\s+by|words\s+by|story\s+by)\s+\p{Lu}`)

	// Dates and times, as datelines print them.
	dateRE = lazyRegexp(`(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\b`)
	timeRE = lazyRegexp(`(?i)\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|ist|cet|cest|bst|[ecmp][sd]?t)\b|\b\d{1,2}:\d{2}\b`)

	// Words that open a dateline: "Updated 10:32 AM EST …", "Published …".
	datelineLeadRE = lazyRegexp(`(?i)^(?:updated|published|posted|last\s+updated|first\s+published)\b`)
)

// assignRoles gives each block its role: first from the block alone
// (roleOf), then from its neighbours:
//
//   - the short items that follow a tag label ("Tags:") are boilerplate;
//   - a paragraph just before a caption that repeats most of its words is a
//     caption too (a photo's alt text printed above its caption);
//   - the first paragraph, when it is a headline in title case (even with
//     a full stop), is a heading.
func assignRoles(blocks []block) {
	// Each block on its own first, a large document's in chunks on all
	// processors (see chunkMinBytes): a role and a label depend on the block's
	// text alone.
	size := 0
	for _, b := range blocks {
		size += len(b.text)
	}
	label := make([]bool, len(blocks)) // the block is a tag label
	rs := inorder.Ranges(len(blocks), size, chunkMinBytes)
	inorder.Run(len(rs), func(c int) {
		for i := rs[c][0]; i < rs[c][1]; i++ {
			blocks[i].role = roleOf(blocks[i].text, blocks[i].hint)
			label[i] = tagLabelRE().MatchString(blocks[i].text)
		}
	})
	for i := 0; i < len(blocks); i++ {
		if !label[i] {
			continue
		}
		for j := i + 1; j < len(blocks) && isTagItem(blocks[j]); j++ {
			blocks[j].role = Boilerplate
			i = j
		}
	}
	for i := len(blocks) - 2; i >= 0; i-- {
		if blocks[i+1].role == Caption && (blocks[i].role == Body || blocks[i].role == Heading) &&
			len(blocks[i].text) <= maxRoleBytes && repeats(blocks[i+1].text, blocks[i].text) {
			blocks[i].role = Caption
		}
	}
	for i := range blocks {
		if blocks[i].role == Byline || blocks[i].role == Boilerplate {
			continue
		}
		if blocks[i].role == Body && isTitleCase(blocks[i].text) {
			blocks[i].role = Heading
		}
		break
	}
}

// roleOf classifies one paragraph by its text and structural hint.
func roleOf(text string, h hint) Role {
	if len(text) > maxRoleBytes {
		if h == hintCaption {
			return Caption
		}
		return Body
	}
	n := countFields(text)
	// Every test that reads the text in lower case is one of a
	// paragraph of 80 words or fewer: a longer one is not lowered.
	lower := ""
	if n <= 80 {
		lower = strings.ToLower(text)
	}
	// Each pattern runs only when a cheap test finds what every match
	// holds (a key word, a first letter, a colon, a digit): the patterns
	// are many, most paragraphs are short enough to try, and a pattern
	// never run is never compiled (about 1.5 ms of a seed pair's start).
	switch {
	case n <= 40 && containsAny(lower, "©", "™", "copyright", "(c)", "rights reserved") && copyrightRE().MatchString(text):
		return Boilerplate
	case n == 1 && mayBeWireSlug(text, lower) && wireSlugRE().MatchString(text):
		return Boilerplate
	case n <= 40 && strings.Contains(lower, "contributed") && contributedRE().MatchString(text):
		return Boilerplate
	case n <= 40 && mayBeStoryNote(text, lower) && storyNoteRE().MatchString(text):
		return Boilerplate
	case n <= 15 && mayBeFurniture(text, lower) && furnitureRE().MatchString(text):
		return Boilerplate
	case n <= 40 && mayBeTagLabel(text, lower) && tagLabelRE().MatchString(text):
		return Boilerplate
	case h == hintBoilerplate:
		return Boilerplate
	case h == hintCaption:
		return Caption
	case n <= 80 && containsAny(lower, "photo", "image", "pool", "illustration", "shutterstock", "picture", "credit", "via ", "/") && mayBeCredit(text, lower) && creditRE().MatchString(text):
		return Caption
	case h == hintByline && n <= 30:
		return Byline
	case n <= 20 && mayBeByline(text, lower) && bylineRE().MatchString(text) && !endsSentence(strings.TrimSuffix(text, "Jr.")):
		return Byline
	case n <= 20 && !endsSentence(text) && hasDigit(text, lower) && (dateRE().MatchString(text) || (datelineLeadRE().MatchString(text) && timeRE().MatchString(text))):
		return Byline
	case h == hintHeading:
		return Heading
	case h == hintTableRow:
		// A row is data, not a heading, however short: --ignore-
		// boilerplate keeps it.
		return Body
	case isHeadingShape(text, n):
		return Heading
	}
	return Body
}

// mayBeCredit reports whether text (lower, in lower case) has what some
// alternative of creditRE needs: a bracket and a word of a photo in
// brackets ("image", "pool"); a colon and a word of a credit line
// ("photo:", "picture credit:"); the word "via" and a space after it; or
// an agency's name after the last slash (see agencyAtEnd). News
// paragraphs often have a word of the pattern and a bracket ("(ICE)"),
// "via" inside a word ("obviously") or a slash ("and/or"), and the
// pattern is slow to try. The words are looked for in lower; a text with
// a long s or a Kelvin sign, which the pattern's case folding reads as
// "s" and "k", may be a credit whatever its words. Cost: a few passes
// over text.
func mayBeCredit(text, lower string) bool {
	return agencyAtEnd(lower) || hasVia(lower) ||
		strings.Contains(text, "(") && containsAny(lower, "photo", "image", "pool", "illustration", "shutterstock") ||
		strings.Contains(text, ":") && containsAny(lower, "photo", "image", "picture", "illustration", "credit") ||
		strings.ContainsAny(text, "ſK")
}

// agencyAtEnd reports whether lower has a slash followed to its end by
// letters and white space only, as creditRE's photo credit at the end of
// a caption ("Luca Bruno/AP") needs.
func agencyAtEnd(lower string) bool {
	i := strings.LastIndexByte(lower, '/')
	if i < 0 {
		return false
	}
	rest := strings.TrimRight(lower[i+1:], " \t\n\f\r")
	if rest == "" {
		return false
	}
	for j := 0; j < len(rest); j++ {
		if c := rest[j]; !('a' <= c && c <= 'z' || c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
			return false
		}
	}
	return true
}

// hasVia reports whether lower has "via" as a word followed by white
// space, as creditRE's `\bvia\s+` needs.
func hasVia(lower string) bool {
	for i := 0; ; {
		k := strings.Index(lower[i:], "via")
		if k < 0 {
			return false
		}
		at := i + k
		i = at + 3
		if at > 0 && isWordByte(lower[at-1]) || i >= len(lower) {
			continue
		}
		switch lower[i] {
		case ' ', '\t', '\n', '\f', '\r':
			return true
		}
	}
}

// isWordByte reports whether c is a character of `\w` (an ASCII letter,
// digit or underscore), as `\b` reads words: a byte of a multi-byte
// character is not one, so "via" after it may start a word.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// countFields counts the white-space-separated fields of s, as
// len(strings.Fields(s)) would, without allocating. Punctuation standing
// alone ("—") counts as a field.
func countFields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII: unicode.IsSpace's ASCII spaces, byte by byte.
			if c == ' ' || c-'\t' <= '\r'-'\t' {
				in = false
			} else if !in {
				in = true
				n++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size - 1
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// isHeadingShape reports a short line that does not read as a sentence:
// at most 15 words, no sentence-final punctuation, starting with a capital
// letter or a digit (a line opening with a quotation mark is a pull quote,
// not a heading).
func isHeadingShape(text string, words int) bool {
	if words == 0 || words > 15 || len(text) > 120 || endsSentence(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	return !isCloser(last) && last != ','
}

// isTitleCase reports a headline set in title case: at most 25 words,
// most of the longer words capitalised ("The U.S. Is Sending an ICE Unit to
// Assist With Olympic Security.").
func isTitleCase(text string) bool {
	words := strings.Fields(text)
	if len(words) < 3 || len(words) > 25 {
		return false
	}
	long, capital := 0, 0
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital++
		}
	}
	return long >= 3 && capital*10 >= long*8
}

// isTagItem reports a block that can be an item of a tag list: a list
// item or a short line with no sentence punctuation.
func isTagItem(b block) bool {
	n := len(strings.Fields(b.text))
	return n > 0 && n <= 6 && !endsSentence(b.text)
}

// repeats reports whether most words of short also appear in long, as
// when a photo's alt text is printed above its caption.
func repeats(long, short string) bool {
	have := make(map[string]bool)
	for _, w := range strings.Fields(strings.ToLower(long)) {
		have[strings.TrimFunc(w, unicode.IsPunct)] = true
	}
	words := strings.Fields(strings.ToLower(short))
	if len(words) < 3 {
		return false
	}
	found := 0
	for _, w := range words {
		if have[strings.TrimFunc(w, unicode.IsPunct)] {
			found++
		}
	}
	return found*10 >= len(words)*6
}

// The cheap tests that let a pattern of roleOf run, each true of every
// text (and its lower-cased form) that the pattern matches; the test
// TestRoleFilters checks each on many texts.
func mayBeWireSlug(text, lower string) bool  { return strings.HasSuffix(lower, "wire") }
func mayBeStoryNote(text, lower string) bool { return startsLike(lower, "terwacu") }
func mayBeFurniture(text, lower string) bool { return startsLike(lower, "hsfcramwdglt") }
func mayBeTagLabel(text, lower string) bool {
	return strings.Contains(text, ":") && startsLike(lower, "tkrfcm")
}
func mayBeByline(text, lower string) bool { return startsLike(lower, "bws") }
func hasDigit(text, lower string) bool    { return strings.ContainsAny(text, "0123456789") }

// startsLike reports whether lower, a lower-cased paragraph, may start
// with one of the words a pattern anchored at its start wants: its first
// byte is one of firsts (the words' first letters), or is not ASCII (a
// case-insensitive pattern also matches a few letters beyond ASCII, such
// as the long s for "s").
func startsLike(lower, firsts string) bool {
	return lower != "" && (lower[0] >= utf8.RuneSelf || strings.IndexByte(firsts, lower[0]) >= 0)
}

// lazyRegexp returns a function that compiles expr on its first call and
// returns the same compiled expression on every call (safe for concurrent
// use). The package's patterns are compiled so rather than at start-up, so
// that a run that reads no article (--version, --help) does not pay for
// them: about a millisecond together. A bad pattern panics on first use,
// which the package tests reach. Each is also listed in patterns, for
// Warm.
func lazyRegexp(expr string) func() *regexp.Regexp {
	re := sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
	patterns = append(patterns, re)
	return re
}

// patterns are the package's patterns (lazyRegexp), in the order the
// package declares them.
var patterns []func() *regexp.Regexp

// Warm compiles every pattern that reading an article may use, each
// once, as its first use would. A run that reads articles with a
// processor to spare calls it on a goroutine of its own before it reads
// them: the patterns are most of a news article's first parse, and
// compiled beside the parse (from the last declared, while the parse
// compiles the ones it needs first) they are ready sooner. It only adds
// work where a run would have needed none of them.
//
// Cost: about a millisecond of processor time, once per process.
func Warm() {
	for i := len(patterns) - 1; i >= 0; i-- {
		patterns[i]()
	}
}
