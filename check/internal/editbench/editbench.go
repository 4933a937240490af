// Package editbench generates the editorial benchmark of package check:
// pairs of short articles made of real news sentences (the MSRP corpus),
// where the OTHER either carries one planted editorial change with its
// ground truth (a changed number in a reordered clause, a changed name or
// date, a quotation altered, trimmed, spliced, extended, fabricated from
// reported speech or given to another speaker, a typo, a fused word, a
// misspelt name) or carries only rewrites an editor accepts (localised
// dates and times, British/American spelling, quote marks, hyphenation,
// number formats, the attribution moved), which must raise nothing.
//
// Each case says which OTHER paragraph holds the change and which check
// must report it, so a finding is scored by where it is, not by how it is
// worded. Cases are split into a tuning part and a held-out part drawn
// from disjoint MSRP lines (every fifth line is held out), so figures on
// the held-out part are on sentences the checks were not tuned on.
//
// Generation is deterministic: the same corpus and seed give the same
// cases (math/rand/v2 with a PCG source).
package editbench

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/wirediff/wirediff/words"
)

// A Case is one generated pair.
type Case struct {
	ID   string
	Held bool // held out: made from MSRP lines never used for tuning
	// Kind names what was done: "fact/number", "quote/spliced",
	// "typo/fused", ... for a planted change; "same/date", "same/spelling",
	// ... for an equivalent rewrite.
	Kind string
	// Check is the check that must report the change: "quote", "typo"
	// or "fact"; "" for an equivalent rewrite, which must raise nothing.
	Check string
	// Para is the index of the OTHER paragraph holding the change.
	Para        int
	Base, Other string
}

// Planted reports whether c carries a change that must be reported.
func (c Case) Planted() bool { return c.Check != "" }

// A Corpus is the material cases are made from, split into the tuning
// and the held-out pools.
type Corpus struct {
	pools [2]pool
}

type pool struct {
	plain    []string     // sentences without quote marks, 8 to 35 words
	numbers  []string     // plain sentences with a number before a noun
	weekdays []string     // plain sentences naming a weekday
	times    []string     // plain sentences with a clock time
	reported []reportLine // reported speech: "X said (that) clause."
	names    []string     // people named as speakers: "Gyorgy Heizler"
	pairs    [][2]string  // MSRP paraphrase pairs (label 1), both plain
	spelling []string     // plain sentences with a word spelt differently in Britain
	hyphen   []string     // plain sentences with a word that may be hyphenated or closed
	measures []string     // plain sentences with a figure in miles, feet, acres…
}

type reportLine struct{ subject, clause string }

var (
	reSpeaker  = regexp.MustCompile(`\b([A-Z][a-z]{2,} [A-Z][a-z]{3,}) said\b`)
	reReported = regexp.MustCompile(`^((?:[A-Z][a-z]+ )?[A-Z][a-z]+) said (?:that )?([a-z][^"“”]{30,})\.$`)
	reNumber   = regexp.MustCompile(`\b(\d{1,3}(?:,\d{3})*|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds|thousands) ([a-z]{4,})\b`)
	reWeekday  = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	reTime     = regexp.MustCompile(`\b(\d{1,2})(?::(\d\d))? ([ap])\.m\.`)
	reMoney    = regexp.MustCompile(`\$(\d+)\.(\d) (million|billion)\b`)
	rePercent  = regexp.MustCompile(`\b(\d+) percent\b`)
	reThousand = regexp.MustCompile(`\b(\d{1,3}),(\d{3})\b`)
)

// notNames are capitalised pairs before "said" that are no person.
var notNames = map[string]bool{"The": true, "He": true, "She": true, "It": true, "But": true, "And": true,
	"They": true, "Officials": true, "Police": true, "Company": true, "General": true, "New": true, "United": true}

// Load reads the MSRP training file (tab-separated: label, id1, id2,
// sentence 1, sentence 2). Line i goes to the held-out pool when i%5 == 0.
func Load(r io.Reader) (*Corpus, error) {
	c := &Corpus{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 5 {
			continue
		}
		p := &c.pools[0]
		if n%5 == 0 {
			p = &c.pools[1]
		}
		n++
		for _, s := range f[3:] {
			for _, m := range reSpeaker.FindAllStringSubmatch(s, -1) {
				first := strings.Fields(m[1])[0]
				if !notNames[first] && !containsWeekdayOrMonth(m[1]) {
					p.names = append(p.names, m[1])
				}
			}
		}
		s := f[3]
		if m := reReported.FindStringSubmatch(s); m != nil && !strings.Contains(m[2], " said ") {
			p.reported = append(p.reported, reportLine{m[1], m[2]})
			continue
		}
		if !isPlain(s) {
			continue
		}
		p.plain = append(p.plain, s)
		if countAt(s) != nil {
			p.numbers = append(p.numbers, s)
		}
		if reWeekday.MatchString(s) {
			p.weekdays = append(p.weekdays, s)
		}
		if reTime.MatchString(s) {
			p.times = append(p.times, s)
		}
		if spellingWord(s) >= 0 {
			p.spelling = append(p.spelling, s)
		}
		if hyphenWord(s) >= 0 {
			p.hyphen = append(p.hyphen, s)
		}
		if reMeasure.MatchString(s) {
			p.measures = append(p.measures, s)
		}
		if f[0] == "1" && isPlain(f[4]) && !strings.HasPrefix(f[3], "He ") {
			p.pairs = append(p.pairs, [2]string{f[3], f[4]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading MSRP: %w", err)
	}
	for i, p := range c.pools {
		if len(p.plain) < 100 || len(p.names) < 10 || len(p.reported) < 10 {
			return nil, fmt.Errorf("MSRP pool %d too small: %d sentences, %d names, %d reported", i, len(p.plain), len(p.names), len(p.reported))
		}
		c.pools[i].names = dedupe(p.names)
	}
	return c, nil
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func containsWeekdayOrMonth(s string) bool {
	return reWeekday.MatchString(s) || reMonth.MatchString(s)
}

var reMonth = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// isPlain reports whether s is a sentence of 8 to 35 words without quote
// marks or brackets, ending with a full stop.
func isPlain(s string) bool {
	n := len(strings.Fields(s))
	return n >= 8 && n <= 35 && strings.HasSuffix(s, ".") && !strings.ContainsAny(s, "\"“”()[]") && !strings.Contains(s, "''")
}

// The kinds of case, planted and equivalent, in generation order.
var plantedKinds = []string{
	"fact/number", "fact/number-reordered", "fact/name", "fact/date", "fact/date-absolute", "fact/time",
	"quote/altered", "quote/trimmed", "quote/trimmed-split", "quote/spliced", "quote/extended",
	"quote/fabricated", "quote/misattributed",
	"typo/letters", "typo/fused-number", "typo/fused-name", "typo/fused-words", "typo/name",
}

var sameKinds = []string{
	"same/date-relative", "same/date-absolute", "same/time-24h", "same/time-zone", "same/time-local",
	"same/number-words", "same/number-format", "same/amount", "same/spelling", "same/quote-marks",
	"same/hyphenation", "same/attribution", "same/spelling-quote",
}

// speakerKinds are the kinds of the attribution benchmark, added after
// the others so that the cases of the others stay as they were: the
// speaker changed through a pronoun ("he said" for "she said") or a role
// noun ("the mayor said" for "the minister said"), and rewrites of the
// attribution alone that name the same person another way (a pronoun or
// a role noun for the name, and "he said of the fire" after a sentence
// about the person, or about another).
var speakerKinds = []string{
	"quote/speaker-pronoun", "quote/speaker-role",
	"same/speaker-pronoun", "same/speaker-role", "same/speaker-object",
}

// nameKinds are the kinds of names compared by what they name, added
// last: another person named in a sentence whose clauses were turned
// round, and a name shortened or titled differently, which is no change.
var nameKinds = []string{"fact/name-reordered", "same/name-form"}

// slipKinds, added after all others: an English word put for another that
// writers confuse it with ("its" for "it's", "then" for "than"), which a
// spelling check passes.
var slipKinds = []string{"typo/confusable"}

// negationKinds, added after all others: a sentence made to say the
// opposite by a negation dropped or added, a negation contracted or
// expanded, which is no change, and a word replaced by its opposite (see
// negationCase).
var negationKinds = []string{"fact/negation", "same/negation-contracted", "fact/opposite"}

// unitKinds, added after all others: a measure converted as an outlet
// that localises a story converts it ("50 miles" → "80 kilometres"),
// which is no change, and the same figure given another unit ("50
// miles" → "50 kilometres"), which is (see unitCase).
var unitKinds = []string{"same/unit-converted", "fact/unit-unconverted"}

// qualifierKinds, added after all others: a hedge ("alleged",
// "reportedly") or a qualifier of a post ("former", "deputy") dropped or
// added, which changes what the sentence claims, and "former minister"
// written "ex-minister", which does not (see qualifierCase).
var qualifierKinds = []string{"fact/hedge", "fact/role", "same/role-form"}

// Kinds returns the planted and the equivalent kinds of case.
func Kinds() (planted, same []string) {
	planted, same = slices.Clone(plantedKinds), slices.Clone(sameKinds)
	for _, k := range slices.Concat(speakerKinds, nameKinds, slipKinds, negationKinds, unitKinds, qualifierKinds) {
		if strings.HasPrefix(k, "same/") {
			same = append(same, k)
		} else {
			planted = append(planted, k)
		}
	}
	return planted, same
}

// Generate returns n cases of each kind (planted and equivalent), one in
// five held out. A kind whose material is missing for a case is retried
// with other sentences; cases that still cannot be made are left out.
func Generate(c *Corpus, n int, seed uint64) []Case {
	var out []Case
	for ki, kind := range slices.Concat(plantedKinds, sameKinds, speakerKinds, nameKinds, slipKinds, negationKinds, unitKinds, qualifierKinds) {
		for i := 0; i < n; i++ {
			held := i%5 == 4
			r := rand.New(rand.NewPCG(seed, uint64(ki)<<32|uint64(i)))
			p := &c.pools[0]
			if held {
				p = &c.pools[1]
			}
			for try := 0; try < 20; try++ {
				cs, ok := make1(r, p, kind)
				if ok {
					cs.ID = fmt.Sprintf("%s#%d", kind, i)
					cs.Held = held
					cs.Kind = kind
					out = append(out, cs)
					break
				}
			}
		}
	}
	return out
}

// A doc is an article under construction: a dateline and paragraphs.
type doc struct {
	date  time.Time
	paras []string
}

func (d doc) String(dateline string) string {
	return dateline + "\n\n" + strings.Join(d.paras, "\n\n") + "\n"
}

var places = []string{"WASHINGTON", "NEW YORK", "LONDON", "CHICAGO", "LOS ANGELES", "SAN FRANCISCO", "BOSTON", "ATLANTA"}

// frame builds the BASE and OTHER articles around target paragraphs: a
// dateline, a lead, context paragraphs of real sentences, the target at
// a random place. Returns the case with Para set.
func frame(r *rand.Rand, p *pool, date time.Time, base, other string, check string) Case {
	ctx := make([]string, 4)
	for i := range ctx {
		a, b := pick(r, p.plain), pick(r, p.plain)
		if r.IntN(2) == 0 {
			ctx[i] = a
		} else {
			ctx[i] = a + " " + b
		}
	}
	ctx[0] = pick(r, places) + " (AP) — " + ctx[0]
	at := 1 + r.IntN(len(ctx))
	bp := append(append(append([]string{}, ctx[:at]...), base), ctx[at:]...)
	op := append(append(append([]string{}, ctx[:at]...), other), ctx[at:]...)
	dateline := datelines[r.IntN(len(datelines))](date)
	// The dateline is paragraph 0.
	return Case{Check: check, Para: at + 1,
		Base:  doc{date, bp}.String(dateline),
		Other: doc{date, op}.String(dateline)}
}

var datelines = []func(time.Time) string{
	func(t time.Time) string { return "Updated " + t.Format("January 2, 2006") + " 9:41 a.m. ET" },
	func(t time.Time) string { return "Published: " + t.Format("Monday, 2 January 2006") },
	func(t time.Time) string { return t.Format("Mon Jan 2, 2006") },
	func(t time.Time) string { return "Posted " + t.Format("Monday, January 2, 2006") },
}

func pick(r *rand.Rand, s []string) string { return s[r.IntN(len(s))] }

// randomDate is a day in 2003–2005, the years of the MSRP stories.
func randomDate(r *rand.Rand) time.Time {
	return time.Date(2003, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(1000))
}

var weekdayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func weekdayIndex(s string) int {
	for i, w := range weekdayNames {
		if w == s {
			return i
		}
	}
	return -1
}

// make1 makes one case of kind from pool p, or reports that the material
// drawn does not fit.
func make1(r *rand.Rand, p *pool, kind string) (Case, bool) {
	date := randomDate(r)
	switch kind {
	case "fact/number", "fact/number-reordered", "same/number-words", "same/number-format", "same/amount":
		return numberCase(r, p, date, kind)
	case "fact/name":
		s := pick(r, p.plain)
		names := innerNames(s)
		if len(names) == 0 {
			return Case{}, false
		}
		old := names[r.IntN(len(names))]
		repl := pick(r, p.names)
		if strings.Contains(s, repl) || strings.Contains(repl, old) || strings.Contains(old, " ") != strings.Contains(repl, " ") {
			if strings.Contains(old, " ") {
				return Case{}, false
			}
			repl = strings.Fields(repl)[1]
			if strings.Contains(s, repl) {
				return Case{}, false
			}
		}
		return frame(r, p, date, s, strings.Replace(s, old, repl, 1), "fact"), true
	case "fact/date", "fact/date-absolute", "same/date-relative", "same/date-absolute":
		return dateCase(r, p, date, kind)
	case "fact/time", "same/time-24h", "same/time-zone", "same/time-local":
		return timeCase(r, p, date, kind)
	case "typo/letters", "typo/fused-words", "typo/fused-number", "typo/fused-name", "typo/name", "typo/confusable":
		return typoCase(r, p, date, kind)
	case "same/spelling":
		s := pick(r, p.spelling)
		i := spellingWord(s)
		if i < 0 {
			return Case{}, false
		}
		return frame(r, p, date, s, respell(s), ""), true
	case "same/hyphenation":
		s := pick(r, p.hyphen)
		if hyphenWord(s) < 0 {
			return Case{}, false
		}
		return frame(r, p, date, s, rehyphen(s), ""), true
	}
	if kind == "same/unit-converted" || kind == "fact/unit-unconverted" {
		return unitCase(r, p, date, kind)
	}
	if kind == "fact/hedge" || kind == "fact/role" || kind == "same/role-form" {
		return qualifierCase(r, p, date, kind)
	}
	if kind == "fact/negation" || kind == "same/negation-contracted" || kind == "fact/opposite" {
		return negationCase(r, p, date, kind)
	}
	if kind == "fact/name-reordered" || kind == "same/name-form" {
		return nameCase(r, p, date, kind)
	}
	if strings.HasPrefix(kind, "quote/speaker-") || strings.HasPrefix(kind, "same/speaker-") {
		return speakerCase(r, p, date, kind)
	}
	if strings.HasPrefix(kind, "quote/") || kind == "same/quote-marks" || kind == "same/attribution" || kind == "same/spelling-quote" {
		return quoteCase(r, p, date, kind)
	}
	return Case{}, false
}

// innerNames returns the capitalised words (and runs of two) of s that do
// not start it and are no weekday or month.
func innerNames(s string) []string {
	ws := strings.Fields(s)
	var out []string
	for i := 1; i < len(ws); i++ {
		w := strings.TrimRight(ws[i], ".,;:")
		if len(w) < 4 || !isCapWord(w) || containsWeekdayOrMonth(w) || w != ws[i] && i+1 < len(ws) {
			continue
		}
		if i+1 < len(ws) && isCapWord(strings.TrimRight(ws[i+1], ".,;:")) {
			continue // part of a longer name
		}
		if isCapWord(strings.TrimRight(ws[i-1], ".,;:")) {
			continue
		}
		out = append(out, w)
	}
	return out
}

func isCapWord(w string) bool {
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "twenty": 20, "fifty": 50}
var wordOf = map[int]string{2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}

func numberCase(r *rand.Rand, p *pool, date time.Time, kind string) (Case, bool) {
	s := pick(r, p.numbers)
	switch kind {
	case "same/number-format":
		m := reThousand.FindStringSubmatchIndex(s)
		if m == nil {
			return Case{}, false
		}
		o := s[:m[0]] + s[m[2]:m[3]] + s[m[4]:m[5]] + s[m[1]:]
		return frame(r, p, date, s, o, ""), true
	case "same/amount":
		if m := reMoney.FindStringSubmatchIndex(s); m != nil {
			whole, _ := strconv.Atoi(s[m[2]:m[3]])
			dec, _ := strconv.Atoi(s[m[4]:m[5]])
			v := whole*10 + dec
			var o string
			if s[m[6]:m[7]] == "million" {
				o = "$" + thousands(v*100000)
			} else {
				o = "$" + thousands(v*100) + " million"
			}
			return frame(r, p, date, s, s[:m[0]]+o+s[m[1]:], ""), true
		}
		if m := rePercent.FindStringSubmatchIndex(s); m != nil {
			alt := []string{"%", " per cent"}[r.IntN(2)]
			return frame(r, p, date, s, s[:m[0]]+s[m[2]:m[3]]+alt+s[m[1]:], ""), true
		}
		return Case{}, false
	}
	m := countAt(s)
	if m == nil {
		return Case{}, false
	}
	num := s[m[2]:m[3]]
	var v int
	if w, ok := numberWords[num]; ok {
		v = w
	} else if x, err := strconv.Atoi(strings.ReplaceAll(num, ",", "")); err == nil {
		v = x
	} else {
		return Case{}, false
	}
	if kind == "same/number-words" {
		if w, ok := wordOf[v]; ok && w != num {
			return frame(r, p, date, s, s[:m[2]]+w+s[m[3]:], ""), true
		}
		if _, isWord := numberWords[num]; isWord && v < 10 {
			return frame(r, p, date, s, s[:m[2]]+strconv.Itoa(v)+s[m[3]:], ""), true
		}
		return Case{}, false
	}
	if v >= 1900 && v <= 2100 {
		return Case{}, false // a year: a date, not a count
	}
	nv := v + 1 + r.IntN(max(2, v/5+1))
	if r.IntN(2) == 0 && v > 2 {
		nv = v - 1 - r.IntN(max(1, v/5))
		nv = max(nv, 2)
	}
	repl := strconv.Itoa(nv)
	if _, isWord := numberWords[num]; isWord {
		if w, ok := wordOf[nv]; ok {
			repl = w
		}
	} else if strings.Contains(num, ",") {
		repl = thousands(nv)
	}
	o := s[:m[2]] + repl + s[m[3]:]
	if kind == "fact/number-reordered" {
		ro, ok := reorder(o)
		if !ok {
			return Case{}, false
		}
		o = ro
	}
	return frame(r, p, date, s, o, "fact"), true
}

// countAt finds a count before a noun in s ("57 people", "six villages"),
// not part of a decimal ("6.8 percent") nor before a scale ("1.6
// million", "three dozen"): submatch indexes as regexp gives them.
func countAt(s string) []int {
	for _, m := range reNumber.FindAllStringSubmatchIndex(s, -1) {
		if m[0] > 0 && (s[m[0]-1] == '.' || s[m[0]-1] == '$' || s[m[0]-1] == '-') {
			continue
		}
		if scaleWords[s[m[4]:m[5]]] || m[1] < len(s) && s[m[1]] == '-' {
			continue
		}
		return m
	}
	return nil
}

var scaleWords = map[string]bool{"dozen": true, "hundred": true, "thousand": true, "million": true, "billion": true,
	"percent": true, "trillion": true, "cents": true, "years": true}

func thousands(v int) string {
	s := strconv.Itoa(v)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// openers are the words a sentence may start with that lose their
// capital when the sentence is turned round.
var openers = map[string]bool{"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "It": true,
	"He": true, "She": true, "They": true, "Some": true, "Most": true, "About": true, "More": true, "Only": true,
	"That": true, "This": true, "Its": true, "Their": true, "His": true, "Her": true, "Shares": true, "Police": true}

// reorder turns a sentence round at its first comma ("A, B." becomes
// "B, a."), the way an outlet moves a clause.
func reorder(s string) (string, bool) {
	i := strings.Index(s, ", ")
	if i < 10 || i > len(s)-15 {
		return "", false
	}
	a, b := s[:i], strings.TrimSuffix(s[i+2:], ".")
	first := strings.Fields(a)[0]
	if openers[first] {
		a = strings.ToLower(first[:1]) + a[1:]
	} else if !isCapWord(first) {
		return "", false
	}
	if strings.Contains(b, ",") {
		return "", false
	}
	return strings.ToUpper(b[:1]) + b[1:] + ", " + a + ".", true
}

var monthFormats = []string{"January 2", "Jan. 2", "2 January"}

func dateCase(r *rand.Rand, p *pool, date time.Time, kind string) (Case, bool) {
	s := pick(r, p.weekdays)
	m := reWeekday.FindStringIndex(s)
	wd := weekdayIndex(s[m[0]:m[1]])
	// The weekday named is 0 to 2 days before the article's date.
	back := r.IntN(3)
	for int(date.Weekday()) != (wd+back)%7 {
		date = date.AddDate(0, 0, 1)
	}
	day := date.AddDate(0, 0, -back)
	pre := s[:m[0]]
	post := s[m[1]:]
	on := strings.HasSuffix(pre, "on ")
	switch kind {
	case "fact/date":
		other := weekdayNames[(wd+1+r.IntN(5))%7]
		return frame(r, p, date, s, pre+other+post, "fact"), true
	case "fact/date-absolute":
		wrong := day.AddDate(0, 0, []int{-7, -1, 1, 2, -3}[r.IntN(5)])
		return frame(r, p, date, s, pre+wrong.Format(monthFormats[r.IntN(3)])+post, "fact"), true
	case "same/date-absolute":
		return frame(r, p, date, s, pre+day.Format(monthFormats[r.IntN(3)])+post, ""), true
	case "same/date-relative":
		if back > 1 {
			return Case{}, false
		}
		word := []string{"today", "yesterday"}[back]
		if on {
			pre = strings.TrimSuffix(pre, "on ")
		}
		if r.IntN(2) == 0 { // the relative word in the BASE
			return frame(r, p, date, pre+word+post, s, ""), true
		}
		if pre == "" {
			word = "Today"
			if back == 1 {
				word = "Yesterday"
			}
		}
		return frame(r, p, date, s, pre+word+post, ""), true
	}
	return Case{}, false
}

// zones are the time zones a wire story gives, hours from GMT in the
// months of summer time and winter time.
var zones = []struct {
	name           string
	summer, winter int
}{{"EDT", -4, -4}, {"EST", -5, -5}, {"CDT", -5, -5}, {"PDT", -7, -7}, {"BST", 1, 1}}

func timeCase(r *rand.Rand, p *pool, date time.Time, kind string) (Case, bool) {
	s := pick(r, p.times)
	m := reTime.FindStringSubmatchIndex(s)
	h, _ := strconv.Atoi(s[m[2]:m[3]])
	min := 0
	if m[4] >= 0 {
		min, _ = strconv.Atoi(s[m[4]:m[5]])
	}
	pm := s[m[6]:m[7]] == "p"
	h24 := h % 12
	if pm {
		h24 += 12
	}
	pre, post := s[:m[0]], s[m[1]:]
	clock := s[m[0]:m[1]]
	switch kind {
	case "fact/time":
		nh := h%12 + 1 + r.IntN(3)
		if nh > 12 {
			nh -= 12
		}
		var o string
		if m[4] >= 0 {
			o = fmt.Sprintf("%d:%02d %s.m.", nh, min, s[m[6]:m[7]])
		} else {
			o = fmt.Sprintf("%d %s.m.", nh, s[m[6]:m[7]])
		}
		return frame(r, p, date, s, pre+o+post, "fact"), true
	case "same/time-24h":
		return frame(r, p, date, s, pre+fmt.Sprintf("%d:%02d", h24, min)+post, ""), true
	case "same/time-zone":
		z := zones[r.IntN(len(zones))]
		g := (h24 - z.summer + 24) % 24
		base := pre + clock + " " + z.name + post
		return frame(r, p, date, base, pre+fmt.Sprintf("%02d%02d GMT", g, min)+post, ""), true
	case "same/time-local":
		// The OTHER converts "local time" to GMT: the offset is not
		// given, so the checks cannot tell; they must not raise an
		// alarm (a held-back note is allowed).
		g := (h24 + 24 - 3 - r.IntN(8)) % 24
		base := pre + clock + " local time" + post
		return frame(r, p, date, base, pre+fmt.Sprintf("%02d%02d GMT", g, min)+post, ""), true
	}
	return Case{}, false
}

// typoCase plants a slip in a word of a plain sentence.
func typoCase(r *rand.Rand, p *pool, date time.Time, kind string) (Case, bool) {
	s := pick(r, p.plain)
	ws := strings.Fields(s)
	switch kind {
	case "typo/letters":
		var cands []int
		for i, w := range ws {
			if i > 0 && len(w) >= 6 && isLowerWord(w) {
				cands = append(cands, i)
			}
		}
		if len(cands) == 0 {
			return Case{}, false
		}
		i := cands[r.IntN(len(cands))]
		ws[i] = slip(r, ws[i])
	case "typo/confusable":
		// A word of a group of confusables (words.ConfusedWith), not
		// the first of the sentence; "to" only when there is no other,
		// as it would otherwise make most of the cases.
		var cands, tos []int
		for i, w := range ws {
			if i == 0 || words.ConfusedWith(strings.TrimRight(w, ".,;:")) == nil {
				continue
			}
			if strings.TrimRight(w, ".,;:") == "to" {
				tos = append(tos, i)
			} else {
				cands = append(cands, i)
			}
		}
		if len(cands) == 0 {
			cands = tos
		}
		if len(cands) == 0 {
			return Case{}, false
		}
		i := cands[r.IntN(len(cands))]
		bare := strings.TrimRight(ws[i], ".,;:")
		alts := words.ConfusedWith(bare)
		ws[i] = alts[r.IntN(len(alts))] + ws[i][len(bare):]
	case "typo/fused-words":
		var cands []int
		for i := 1; i+1 < len(ws); i++ {
			if isLowerWord(ws[i]) && isLowerWord(ws[i+1]) && len(ws[i]) >= 3 && len(ws[i+1]) >= 4 {
				cands = append(cands, i)
			}
		}
		if len(cands) == 0 {
			return Case{}, false
		}
		i := cands[r.IntN(len(cands))]
		ws[i] += ws[i+1]
		ws = append(ws[:i+1], ws[i+2:]...)
	case "typo/fused-number":
		s = pick(r, p.numbers)
		ws = strings.Fields(s)
		found := false
		for i := 0; i+1 < len(ws); i++ {
			if isDigits(ws[i]) && isLowerWord(ws[i+1]) && len(ws[i+1]) >= 4 {
				ws[i] += ws[i+1]
				ws = append(ws[:i+1], ws[i+2:]...)
				found = true
				break
			}
		}
		if !found {
			return Case{}, false
		}
	case "typo/fused-name":
		found := false
		for i := 1; i+1 < len(ws); i++ {
			if isLowerWord(ws[i]) && len(ws[i]) >= 4 && isCapWord(ws[i+1]) && len(ws[i+1]) >= 4 {
				ws[i] += ws[i+1]
				ws = append(ws[:i+1], ws[i+2:]...)
				found = true
				break
			}
		}
		if !found {
			return Case{}, false
		}
	case "typo/name":
		// A name the BASE gives twice is misspelt once in the OTHER.
		names := innerNames(s)
		if len(names) == 0 {
			return Case{}, false
		}
		name := names[r.IntN(len(names))]
		if len(name) < 5 {
			return Case{}, false
		}
		second := pick(r, p.plain)
		bad := name[:len(name)-2] + string(rune('a'+r.IntN(26))) + name[len(name)-1:]
		if bad == name {
			return Case{}, false
		}
		base := s + " " + strings.Replace(second, " the ", " "+name+"'s ", 1)
		if !strings.Contains(base, name+"'s") {
			return Case{}, false
		}
		other := s + " " + strings.Replace(second, " the ", " "+bad+"'s ", 1)
		return frame(r, p, date, base, other, "typo"), true
	}
	return frame(r, p, date, s, strings.Join(ws, " "), "typo"), true
}

func isLowerWord(w string) bool {
	if len(w) == 0 {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isDigits(w string) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}

// slip makes one typing slip in w (six letters or more): two letters
// swapped, one dropped, one doubled or one struck next to it.
func slip(r *rand.Rand, w string) string {
	b := []byte(w)
	i := 1 + r.IntN(len(b)-2)
	switch r.IntN(4) {
	case 0:
		if b[i] == b[i+1] {
			return w[:i] + w[i+1:]
		}
		b[i], b[i+1] = b[i+1], b[i]
		return string(b)
	case 1:
		return w[:i] + w[i+1:]
	case 2:
		return w[:i] + w[i:i+1] + w[i:]
	}
	near := map[byte]string{'a': "s", 'e': "r", 'i': "o", 'o': "i", 'n': "m", 'm': "n", 't': "r", 'r': "t", 's': "d", 'l': "k", 'd': "s", 'c': "v", 'u': "y", 'h': "j", 'g': "h", 'p': "o"}
	if s, ok := near[b[i]]; ok {
		b[i] = s[0]
		return string(b)
	}
	return w[:i] + w[i+1:]
}

// US and British spellings, the American first.
var spellings = [][2]string{{"organization", "organisation"}, {"program", "programme"}, {"center", "centre"},
	{"labor", "labour"}, {"favor", "favour"}, {"defense", "defence"}, {"analyze", "analyse"}, {"recognize", "recognise"},
	{"color", "colour"}, {"behavior", "behaviour"}, {"criticize", "criticise"}, {"license", "licence"},
	{"honor", "honour"}, {"realize", "realise"}, {"apologize", "apologise"}, {"neighbor", "neighbour"},
	{"traveled", "travelled"}, {"canceled", "cancelled"}, {"offense", "offence"}, {"authorized", "authorised"},
	{"emphasize", "emphasise"}, {"privatization", "privatisation"}, {"theater", "theatre"}, {"fiber", "fibre"}}

// spellingRes match the words of spellings at word starts, with any
// ending ("organizations", "centered").
var spellingRes = func() [][2]*regexp.Regexp {
	var out [][2]*regexp.Regexp
	for _, sp := range spellings {
		out = append(out, [2]*regexp.Regexp{regexp.MustCompile(`\b` + sp[0] + `(s|ed|ing|al)?\b`), regexp.MustCompile(`\b` + sp[1] + `(s|ed|ing|al)?\b`)})
	}
	return out
}()

func spellingWord(s string) int {
	for i, re := range spellingRes {
		if re[0].MatchString(s) || re[1].MatchString(s) {
			return i
		}
	}
	return -1
}

// respell turns every spelling of the list in s to the other side's.
func respell(s string) string {
	for i, sp := range spellings {
		switch {
		case spellingRes[i][0].MatchString(s):
			s = spellingRes[i][0].ReplaceAllString(s, sp[1]+"$1")
			s = strings.NewReplacer("reed", "red", "reing", "ring", "res", "res").Replace(s)
		case spellingRes[i][1].MatchString(s):
			s = spellingRes[i][1].ReplaceAllString(s, sp[0]+"$1")
		}
	}
	return s
}

// Words written closed, hyphenated or open by different outlets.
var hyphenated = [][2]string{{"e-mail", "email"}, {"on-line", "online"}, {"pre-dawn", "predawn"}, {"co-operate", "cooperate"},
	{"re-elect", "reelect"}, {"web site", "website"}, {"health care", "healthcare"}, {"vice president", "vice-president"},
	{"cease-fire", "ceasefire"}, {"lock-down", "lockdown"}, {"follow-up", "followup"}, {"set-up", "setup"},
	{"long-term", "long term"}, {"so-called", "so called"}, {"chief executive", "chief-executive"},
	{"takeover", "take-over"}, {"nationwide", "nation-wide"}, {"worldwide", "world-wide"}, {"co-founder", "cofounder"},
	{"mid-day", "midday"}, {"non-profit", "nonprofit"}, {"anti-virus", "antivirus"}, {"under way", "underway"}}

func hyphenWord(s string) int {
	for i, h := range hyphenated {
		if strings.Contains(s, h[0]) || strings.Contains(s, h[1]) {
			return i
		}
	}
	return -1
}

func rehyphen(s string) string {
	for _, h := range hyphenated {
		switch {
		case strings.Contains(s, h[0]):
			return strings.Replace(s, h[0], h[1], 1)
		case strings.Contains(s, h[1]):
			return strings.Replace(s, h[1], h[0], 1)
		}
	}
	return s
}

// quotation returns a sentence as the words of a quotation: its full
// stop dropped (a comma goes before the closing mark).
func quotation(s string) string { return strings.TrimSuffix(s, ".") }

func curly(q string) string { return "“" + q + "”" }

// quoteCase builds a paragraph of quotations by named speakers, and the
// OTHER's version of it.
func quoteCase(r *rand.Rand, p *pool, date time.Time, kind string) (Case, bool) {
	speaker := pick(r, p.names)
	other := pick(r, p.names)
	if other == speaker || strings.Fields(other)[1] == strings.Fields(speaker)[1] {
		return Case{}, false
	}
	last := strings.Fields(speaker)[1]
	q1, q2 := quotation(pick(r, p.plain)), quotation(pick(r, p.plain))
	// The BASE introduces both speakers; the target paragraph quotes
	// the first.
	intro := fmt.Sprintf("%s, who spoke after %s, did not take questions.", speaker, other)
	said := fmt.Sprintf("%s,” %s said.", curly(q1)[:len(curly(q1))-len("”")], speaker)
	switch kind {
	case "quote/altered":
		ws := strings.Fields(q1)
		var cands []int
		for i, w := range ws {
			if i > 0 && isLowerWord(w) && len(w) >= 4 {
				cands = append(cands, i)
			}
		}
		if len(cands) == 0 {
			return Case{}, false
		}
		i := cands[r.IntN(len(cands))]
		repl := strings.Fields(pick(r, p.plain))
		w := strings.ToLower(strings.Trim(repl[len(repl)/2], ".,;:"))
		if w == ws[i] || !isLowerWord(w) {
			return Case{}, false
		}
		ws[i] = w
		o := fmt.Sprintf("“%s,” %s said.", strings.Join(ws, " "), speaker)
		return frame(r, p, date, intro+" "+said, intro+" "+o, "quote"), true
	case "quote/trimmed", "quote/trimmed-split":
		ws := strings.Fields(q1)
		if len(ws) < 14 {
			return Case{}, false
		}
		from := 4 + r.IntN(len(ws)-12)
		n := 3 + r.IntN(4)
		kept := append(append([]string{}, ws[:from]...), ws[from+n:]...)
		if kind == "quote/trimmed-split" {
			a, b := strings.Join(ws[:from], " "), strings.Join(ws[from+n:], " ")
			o := fmt.Sprintf("“%s,” %s said, “%s.”", strings.TrimRight(a, ",;"), speaker, b)
			return frame(r, p, date, intro+" "+said, intro+" "+o, "quote"), true
		}
		o := fmt.Sprintf("“%s,” %s said.", strings.Join(kept, " "), speaker)
		return frame(r, p, date, intro+" "+said, intro+" "+o, "quote"), true
	case "quote/spliced":
		// Two quotations of one speaker in separate paragraphs joined.
		base := intro + " " + said + "\n\n" + pick(r, p.plain) + "\n\n" + fmt.Sprintf("“%s,” %s added.", q2, last)
		o := intro + " " + fmt.Sprintf("“%s. %s,” %s said.", q1, q2, speaker) + "\n\n" + pick(r, p.plain)
		return frame(r, p, date, base, o, "quote"), true
	case "quote/extended":
		extra := strings.Fields(quotation(pick(r, p.plain)))
		if len(extra) > 10 {
			extra = extra[:6+r.IntN(4)]
		}
		ext := strings.ToLower(extra[0][:1]) + strings.Join(extra, " ")[1:]
		if isCapWord(extra[0]) && !openers[extra[0]] {
			ext = strings.Join(extra, " ")
		}
		o := fmt.Sprintf("“%s and %s,” %s said.", q1, ext, speaker)
		return frame(r, p, date, intro+" "+said, intro+" "+o, "quote"), true
	case "quote/fabricated":
		rl := p.reported[r.IntN(len(p.reported))]
		subj := rl.subject
		base := fmt.Sprintf("%s said %s.", subj, rl.clause)
		if subj == "He" || subj == "She" {
			base = intro + " " + base
			o := intro + " " + fmt.Sprintf("“%s,” %s said.", strings.ToUpper(rl.clause[:1])+rl.clause[1:], strings.ToLower(subj))
			return frame(r, p, date, base, o, "quote"), true
		}
		o := fmt.Sprintf("“%s,” %s said.", strings.ToUpper(rl.clause[:1])+rl.clause[1:], subj)
		return frame(r, p, date, base, o, "quote"), true
	case "quote/misattributed":
		// Both speakers are quoted; the OTHER gives the first one's
		// words to the second.
		base := intro + " " + said + " " + fmt.Sprintf("“%s,” %s said.", q2, other)
		o := intro + " " + fmt.Sprintf("“%s,” %s said.", q1, other) + " " + fmt.Sprintf("“%s,” %s said.", q2, other)
		return frame(r, p, date, base, o, "quote"), true
	case "same/quote-marks":
		o := fmt.Sprintf("\"%s,\" %s said.", q1, speaker)
		return frame(r, p, date, intro+" "+said, intro+" "+o, ""), true
	case "same/attribution":
		if r.IntN(2) == 0 {
			o := fmt.Sprintf("“%s,” said %s.", q1, speaker)
			return frame(r, p, date, intro+" "+said, intro+" "+o, ""), true
		}
		// "X said, adding: “…”" and "“…,” X said" give one speaker.
		o := fmt.Sprintf("%s said: “%s.”", speaker, q1)
		return frame(r, p, date, intro+" "+said, intro+" "+o, ""), true
	case "same/spelling-quote":
		s := pick(r, p.spelling)
		q := quotation(s)
		b := fmt.Sprintf("“%s,” %s said.", q, speaker)
		o := fmt.Sprintf("“%s,” %s said.", respell(q), speaker)
		return frame(r, p, date, intro+" "+b, intro+" "+o, ""), true
	}
	return Case{}, false
}

// posts are titles a story gives people, with the role noun that names
// them again ("Interior Minister X … the minister said").
var posts = [][2]string{{"Interior Minister", "minister"}, {"Mayor", "mayor"}, {"Governor", "governor"},
	{"Senator", "senator"}, {"Ambassador", "ambassador"}, {"President", "president"}, {"Police Chief", "chief"},
	{"Prosecutor", "prosecutor"}, {"Judge", "judge"}, {"Secretary", "secretary"}}

// notPersonWords are words of the capitalised pairs before "said" in
// MSRP that name no person ("White House said", "Conference Board
// said"), or a person by a title ("Captain Smith").
var notPersonWords = map[string]bool{"House": true, "Post": true, "Party": true, "Committee": true, "Board": true,
	"Service": true, "Department": true, "Ministry": true, "Office": true, "Court": true, "Council": true, "Bank": true,
	"Group": true, "Company": true, "Times": true, "News": true, "Journal": true, "Agency": true, "Association": true,
	"Union": true, "Captain": true, "Commission": true, "Institute": true, "Reserve": true, "Street": true, "Press": true,
	"Department's": true, "Corp": true, "Inc": true, "Fund": true, "Securities": true, "Research": true, "Exchange": true,
	"Minister": true, "President": true, "Secretary": true, "Senator": true, "Judge": true, "Police": true, "County": true,
	"City": true, "State": true, "Federal": true, "National": true, "International": true, "Health": true, "Justice": true}

// personName reports whether a name taken from MSRP looks like a
// person's: none of notPersonWords, and no honorific.
func personName(n string) bool {
	for _, w := range strings.Fields(n) {
		if notPersonWords[w] {
			return false
		}
	}
	switch strings.Fields(n)[0] {
	case "Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Lord", "Lady":
		return false // the name says a gender the case may contradict
	}
	return true
}

// speakerCase builds the cases of speakerKinds: two people introduced in
// one sentence (by title, or by Mr./Ms., or by name alone), and a
// quotation of the first attributed by name, pronoun or role noun.
func speakerCase(r *rand.Rand, p *pool, date time.Time, kind string) (Case, bool) {
	a, b := pick(r, p.names), pick(r, p.names)
	la, lb := strings.Fields(a)[1], strings.Fields(b)[1]
	if a == b || la == lb || strings.Fields(a)[0] == strings.Fields(b)[0] || !personName(a) || !personName(b) {
		return Case{}, false
	}
	q := quotation(pick(r, p.plain))
	said := func(who string) string { return fmt.Sprintf("“%s,” %s said.", q, who) }
	pa, pb := posts[r.IntN(len(posts))], posts[r.IntN(len(posts))]
	if pa[1] == pb[1] {
		return Case{}, false
	}
	day := weekdayNames[r.IntN(7)]
	// he or she for a, she or he for b, as their titles say.
	heA, heB := "he", "she"
	mrA, mrB := "Mr.", "Ms."
	if r.IntN(2) == 0 {
		heA, heB, mrA, mrB = heB, heA, mrB, mrA
	}
	switch kind {
	case "quote/speaker-pronoun":
		intro := fmt.Sprintf("%s %s spoke after %s %s on %s.", mrA, a, mrB, b, day)
		return frame(r, p, date, intro+" "+said(heA), intro+" "+said(heB), "quote"), true
	case "quote/speaker-role":
		intro := fmt.Sprintf("%s %s met %s %s on %s.", pa[0], a, pb[0], b, day)
		base := said("the " + pa[1])
		if r.IntN(2) == 0 {
			base = said(la)
		}
		return frame(r, p, date, intro+" "+base, intro+" "+said("the "+pb[1]), "quote"), true
	case "same/speaker-pronoun":
		// By title or by name alone: then the pronoun's gender is
		// unknown to the checks, and the subject decides.
		intro := fmt.Sprintf("%s, who spoke after %s, did not take questions on %s.", a, b, day)
		if r.IntN(2) == 0 {
			intro = fmt.Sprintf("%s %s spoke after %s %s on %s.", mrA, a, mrB, b, day)
		}
		base, other := said(la), said(heA)
		if r.IntN(2) == 0 {
			base, other = other, base
		}
		return frame(r, p, date, intro+" "+base, intro+" "+other, ""), true
	case "same/speaker-role":
		intro := fmt.Sprintf("%s %s met %s %s on %s.", pa[0], a, pb[0], b, day)
		base, other := said(la), said("the "+pa[1])
		if r.IntN(2) == 0 {
			base, other = other, base
		}
		return frame(r, p, date, intro+" "+base, intro+" "+other, ""), true
	case "same/speaker-object":
		// "he said of the fire" after a sentence about the person
		// (its subject) or in which another person is the subject
		// and the speaker only an object: either way the OTHER's
		// pronoun must raise no alarm.
		first := fmt.Sprintf("“%s,” %s said.", quotation(pick(r, p.plain)), b)
		visit := fmt.Sprintf("%s %s visited the site on %s.", pa[0], a, day)
		if r.IntN(2) == 0 {
			visit = fmt.Sprintf("Firefighters showed %s %s the damage on %s.", pa[0], a, day)
		}
		tail := fmt.Sprintf("“%s,” %%s said of the fire.", q)
		base := first + "\n\n" + visit + " " + fmt.Sprintf(tail, "the "+pa[1])
		other := first + "\n\n" + visit + " " + fmt.Sprintf(tail, heA)
		return frame(r, p, date, base, other, ""), true
	}
	return Case{}, false
}

// nameCase builds the cases of nameKinds from reported speech ("X said
// that …"): the speaker given a title and a full name in the BASE, and in
// the OTHER either another person with the clause turned round ("…, Y
// said"), or the same person by last name alone or with Mr./Ms.
func nameCase(r *rand.Rand, p *pool, date time.Time, kind string) (Case, bool) {
	a, b := pick(r, p.names), pick(r, p.names)
	if a == b || !personName(a) || !personName(b) || strings.Fields(a)[1] == strings.Fields(b)[1] {
		return Case{}, false
	}
	rl := p.reported[r.IntN(len(p.reported))]
	if strings.ContainsAny(rl.clause, ",") {
		return Case{}, false // turned round at the attribution only
	}
	post := posts[r.IntN(len(posts))]
	base := fmt.Sprintf("%s %s said on %s that %s.", post[0], a, weekdayNames[r.IntN(7)], rl.clause)
	day := base[strings.Index(base, " on ")+4 : strings.Index(base, " that ")]
	clause := strings.ToUpper(rl.clause[:1]) + rl.clause[1:]
	switch kind {
	case "fact/name-reordered":
		other := fmt.Sprintf("%s, %s %s said on %s.", clause, post[0], b, day)
		return frame(r, p, date, base, other, "fact"), true
	case "same/name-form":
		who := strings.Fields(a)[1]
		switch r.IntN(3) {
		case 0:
			who = "Mr. " + who
		case 1:
			who = post[1] + " " + who
		}
		other := fmt.Sprintf("%s, %s said on %s.", clause, who, day)
		return frame(r, p, date, base, other, ""), true
	}
	return Case{}, false
}
