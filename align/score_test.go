package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/wirediff/wirediff/internal/lines"
	"github.com/wirediff/wirediff/words"
)

func TestFrequencyTable(t *testing.T) {
	bg := background()
	if bg.total != 49719560 {
		t.Errorf("corpus total = %d, want SUBTLEX-US's 49,719,560", bg.total)
	}
	if err := lines.Check(bg.lines); err != nil {
		t.Fatalf("embedded frequency table: %v", err)
	}
	if n := strings.Count(bg.lines, "\n"); n < 20000 {
		t.Errorf("only %d stems in the table", n)
	}
	// Every count is a positive number, and the header's max is the
	// largest of them.
	var most int64
	for l := range strings.Lines(bg.lines) {
		stem, _, _ := strings.Cut(l, " ")
		c := bg.count(stem)
		if c <= 0 {
			t.Fatalf("line %q: count %d", l, c)
		}
		most = max(most, c)
	}
	if most != bg.max {
		t.Errorf("header says max %d, the largest count is %d", bg.max, most)
	}
	// Samples, as the table had them when it was first made.
	for stem, want := range map[string]int64{"you": 2134713, "the": 1501908, "govern": 3640, "milan": 96, "calenda": 0, "": 0} {
		if got := bg.count(stem); got != want {
			t.Errorf("count(%q) = %d, want %d", stem, got, want)
		}
	}
	// Informativeness grows as words get rarer.
	order := []string{"the", "govern", "olymp", "calenda"}
	for k := 1; k < len(order); k++ {
		a, b := bg.informativeness(order[k-1]), bg.informativeness(order[k])
		if a >= b {
			t.Errorf("informativeness(%q) = %.2f >= informativeness(%q) = %.2f", order[k-1], a, order[k], b)
		}
	}
}

func TestSimilarity(t *testing.T) {
	conte := "The former Italian Prime Minister Giuseppe Conte urged the country’s government to “set -our own limits” and “make clear decisions.”"
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"same text", conte, conte, 1, 1},
		{"quotes and case only", "“All security operations remain under Italian authority.”", `"all security operations remain under Italian authority."`, 1, 1},
		{"nothing in common", "The cat sat on the mat.", "Stocks fell sharply in Tokyo.", 0, 0},
		// Same story, different content: sharing names is not enough.
		{"same story, different claims", "“This is a militia that kills,” Sala told Italian radio station RTL 102.5 on Tuesday.",
			"Milan Mayor Giuseppe Sala said local authorities do not need ICE to secure the Games.", 0, 0.3},
		{"edited sentence", conte, `Former prime minister Giuseppe Conte called on the government to "set our own limits" and make clear decisions.`, 0.6, 0.95},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := similarity(tt.a, tt.b)
			if got < tt.min || got > tt.max {
				t.Errorf("similarity = %.3f, want in [%.2f, %.2f]", got, tt.min, tt.max)
			}
			if back := similarity(tt.b, tt.a); back != got {
				t.Errorf("not symmetric: %.6f vs %.6f", got, back)
			}
		})
	}
}

// TestSimilarityTypo: a misspelt name still counts for something, less
// than the right name and more than another name.
func TestSimilarityTypo(t *testing.T) {
	a := "Reports say agents will be in Italy later this February."
	right := similarity(a, a)
	typo := similarity(a, "Reports say agents will be in Italer later this February.")
	other := similarity(a, "Reports say agents will be in Spain later this February.")
	if !(other < typo && typo < right) {
		t.Errorf("similarity: other name %.3f, typo %.3f, same %.3f; want increasing", other, typo, right)
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name   string
		a, b   string
		kind   Kind
		linked bool
	}{
		{"identical after folding", "“We cannot allow this,” he added.", `"We cannot allow this," he added.`, Identical, true},
		{"the Conte quote", "The former Italian Prime Minister Giuseppe Conte urged the country’s government to “set -our own limits” and “make clear decisions.”",
			`Former prime minister Giuseppe Conte called on the government to "set our own limits" and make clear decisions in response to what he described as increasingly aggressive tactics by the agency in the United States.`, Edited, true},
		{"changed number is an edit", "Two US citizens were killed by federal agents in Minneapolis this month.",
			"Three US citizens were killed by federal agents in Minneapolis this month.", Edited, true},
		{"trimmed quote is an edit", "“This is a militia that kills, a militia that enters into the homes of people, signing their own permission slips,” Sala told a local Italian radio station.",
			"“This is a militia that kills,” he said.", Edited, true},
		{"paraphrase", "The US Department of Homeland Security (DHS) confirmed the reports in a statement to CNN on Tuesday.",
			"On Tuesday, confirmation came through a statement to CNN: personnel movement was acknowledged by the US Department of Homeland Security.", Paraphrased, true},
		{"shared names only", "“This is a militia that kills,” Sala told Italian radio station RTL 102.5 on Tuesday.",
			"“They’re not welcome in Milan,” — Milan Mayor Giuseppe Sala, RTL 102.5", Added, false},
		{"only function words in common", "He said that it was the end of it.", "It was said that he is at the door.", Added, false},
		{"typo", "Reports say agents will be in Italy later this February.", "Reports say agents will be in Italer later this February.", Edited, true},
		{"a two-word tag", "This isn’t about severing relations or creating a diplomatic incident, but could we say ‘No?’", "• diplomatic relations", Added, false},
		{"sentence in capitals", "11. BECAUSE THE PROGRAM IS LICENSED FREE OF CHARGE, THERE IS NO WARRANTY FOR THE PROGRAM, TO THE EXTENT PERMITTED BY APPLICABLE LAW.",
			"THERE IS NO WARRANTY FOR THE PROGRAM, TO THE EXTENT PERMITTED BY APPLICABLE LAW.", Edited, true},
		{"heading in capitals, one word inserted", "10. FUTURE REVISIONS OF THIS LICENSE", "10. FUTURE REVISIONS OF THE LICENSE", Edited, true},
		{"a year inserted is an edit", "Copyright (C) 1991 Free Software Foundation, Inc.", "Copyright (C) 1991, 1999 Free Software Foundation, Inc.", Edited, true},
		{"spelling variants are identical", "The organisations' defence of the centre.", "The organizations' defense of the center.", Identical, true},
		{"words scattered in a long sentence are no edit", "These requirements apply to the modified work as a whole.",
			"But this requirement does not apply if neither you nor any third party retains the ability to install modified object code on the User Product (for example, the work has been installed in ROM).", Added, false},
		// Two translations of one quote, same structure: edited by the
		// gold's rules (testdata/gold/README.md), once the quoted ‘No’ is
		// read as a word rather than a name.
		{"a copied phrase says something", "“Could we ever say ‘No’ to Trump?", "Can’t we just say no to Trump for once?", Edited, true},
		{"paraphrase may not change a number", "Police said 12 people were arrested after the match in Rome on Sunday night.",
			"Officers reported that 40 fans had been detained in Rome following Sunday's game.", Added, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, score, linked := Classify(tt.a, tt.b)
			if linked != tt.linked || (linked && kind != tt.kind) {
				t.Errorf("Classify = %v %.3f linked=%v, want %v linked=%v", kind, score, linked, tt.kind, tt.linked)
			}
			if score < 0 || score > 1 {
				t.Errorf("score %.3f out of [0,1]", score)
			}
		})
	}
}

func TestFuzzyPairs(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Italy", "Italer", true},
		{"Milan", "Milano", true},
		{"organisations", "organizations", true},
		{"said", "sail", false},
		{"Sala", "salt", false},
		{"2025", "2026", false},
		{"cat", "cut", false},
	}
	for _, tt := range tests {
		v := newVocab()
		x, y := v.analyse(tt.a), v.analyse(tt.b)
		v.finishBackground()
		got := len(v.fuzzyPairs(nil, x.set, y.set)) == 1
		if got != tt.want {
			t.Errorf("fuzzy %q ~ %q = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestTrigramDice(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"milan", "milano", 8.0 / 11},
		{"itali", "ital", 6.0 / 9},
		{"abc", "abc", 1},
		{"abc", "xyz", 0},
	}
	for _, tt := range tests {
		if got := trigramDice(tt.a, tt.b); got != tt.want {
			t.Errorf("trigramDice(%q, %q) = %.3f, want %.3f", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestInCapitals(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"THERE IS NO WARRANTY FOR THE PROGRAM.", true},
		{"TERMS AND CONDITIONS", true},
		{"11. BECAUSE THE PROGRAM IS LICENSED FREE OF CHARGE", true},
		{"ICE agents will come to Italy.", false},
		{"US DHS", false}, // two acronyms, not a sentence in capitals
		{"GNU LESSER General Public License", false},
		{"10. FUTURE file REVISIONS OF supply LICENSE", true}, // words inserted in a heading
		{"The FBI, CIA and NSA said so.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := inCapitals(tt.text, words.Tokenize(tt.text)); got != tt.want {
			t.Errorf("inCapitals(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestRelatedPairs(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"killed two citizens", "killed two civilians", true},
		{"a deadly encounter", "a fatal encounter", true},
		{"heavy gunfire", "heavy shooting", true},
		{"they say so", "they tell so", false},               // too common for WordNet's senses
		{"said in a statement", "told in a statement", true}, // the paraphrase table, learnt from news
		{"its shares fell", "its stock fell", true},          // the paraphrase table
		{"agents of ICE", "agents of water", false},          // an acronym is not a word
		{"the cat slept", "the stock slept", false},
	}
	for _, tt := range tests {
		v := newVocab()
		x, y := v.analyse(tt.a), v.analyse(tt.b)
		v.finishBackground()
		onlyX, onlyY := minus(x.set, y.set), minus(y.set, x.set)
		got := len(v.relatedPairs(nil, onlyX, onlyY, x.content, y.content)) > 0
		if got != tt.want {
			t.Errorf("related %q ~ %q = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// minus returns the elements of sorted a not in sorted b.
func minus(a, b []int32) []int32 {
	var out []int32
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); !ok {
			out = append(out, x)
		}
	}
	return out
}

func TestRelatedTable(t *testing.T) {
	tab := relatedLines()
	if err := lines.Check(tab); err != nil {
		t.Fatalf("embedded table of related words: %v", err)
	}
	if n := strings.Count(tab, "\n"); n < 10000 {
		t.Errorf("only %d stems in the table of related words", n)
	}
	members := map[int32]int{} // group -> number of its stems
	for l := range strings.Lines(tab) {
		stem, _, _ := strings.Cut(l, " ")
		groups := relatedGroups(stem)
		if len(groups) == 0 || !slices.IsSorted(groups) || len(slices.Compact(slices.Clone(groups))) != len(groups) {
			t.Fatalf("stem %q: groups %v not sorted or empty", stem, groups)
		}
		for _, g := range groups {
			members[g]++
		}
	}
	// Groups are numbered from 0 without gaps, and each relates two stems
	// or more.
	for g := range int32(len(members)) {
		if members[g] < 2 {
			t.Fatalf("group %d has %d stems", g, members[g])
		}
	}
	// Samples, as the table had them when it was first made.
	for stem, want := range map[string][]int32{
		"aah": {1, 2}, "civilian": {9144, 9156}, "gunfir": {20289, 20290, 20291}, "calenda": nil, "": nil,
	} {
		if got := relatedGroups(stem); !slices.Equal(got, want) {
			t.Errorf("relatedGroups(%q) = %v, want %v", stem, got, want)
		}
	}
	if !intersects(relatedGroups("death"), relatedGroups("die")) || !intersects(relatedGroups("fatal"), relatedGroups("dead")) || !intersects(relatedGroups("gunfir"), relatedGroups("shoot")) {
		t.Error("death/die, fatal/dead or gunfire/shooting not related")
	}
}

// TestAcronymGloss: an acronym matches its spelt-out form on the other
// side, but an acronym that its own sentence spells out as well ("Homeland
// Security Investigations (HSI)") is a gloss of words already counted: it
// adds nothing to the similarity, shared or not.
func TestAcronymGloss(t *testing.T) {
	spelt := "Homeland Security Investigations supported diplomats at previous Games."
	other := "The statement said Homeland Security Investigations is supporting the host nation at these Games."
	glossed := "The statement said Homeland Security Investigations (HSI) is supporting the host nation at these Games."
	acronym := "The statement said HSI is supporting the host nation at these Games."

	if a, b := similarity(spelt, other), similarity(spelt, glossed); a != b {
		t.Errorf("a gloss changed the similarity: %.4f without, %.4f with", a, b)
	}
	// An acronym alone still stands for the words it abbreviates.
	if a, b := similarity(spelt, acronym), similarity(spelt, "The statement said it is supporting the host nation at these Games."); a <= b {
		t.Errorf("an acronym spelt out on the other side counts for nothing: %.4f with, %.4f without", a, b)
	}
}

// TestQuoteOpening: the first word of a quotation is capitalised by rule,
// as the first of a sentence is, and is not taken for a name; a
// capitalised word after an apostrophe or a closing quote still is.
func TestQuoteOpening(t *testing.T) {
	tests := []struct {
		text, word string
		ordinary   bool
	}{
		{"Could we ever say ‘No’ to Trump?", "No", true},
		{"The statement said: “Obviously, ICE does not act.”", "Obviously", true},
		{`He asked the government to "Set our own limits" now.`, "Set", true},
		{"The statement said: “Obviously, ICE does not act.”", "ICE", false},
		{"Then Italy’s Sala spoke.", "Sala", false},
		{"Then Italy's Sala spoke.", "Sala", false},
		{"“It is a militia,” Sala said.", "Sala", false},
		{"He spoke to Sala about it.", "Sala", false},
	}
	for _, tt := range tests {
		v := newVocab()
		s := v.analyse(tt.text)
		id := v.wordID(strings.ToLower(tt.word))
		k := slices.Index(s.words, id)
		if k < 0 {
			t.Fatalf("%q: word %q not found", tt.text, tt.word)
		}
		if s.ordinary[k] != tt.ordinary {
			t.Errorf("%q: %q ordinary = %v, want %v", tt.text, tt.word, s.ordinary[k], tt.ordinary)
		}
	}
}

// gramDice is the Dice coefficient of two sorted sets of trigrams (see
// trigrams), by the whole merge: the reference gramDiceAtLeast is held to.
func gramDice(gs, gt []uint64) float64 {
	if len(gs)+len(gt) == 0 {
		return 0
	}
	shared, i, j := 0, 0, 0
	for i < len(gs) && j < len(gt) {
		switch {
		case gs[i] < gt[j]:
			i++
		case gt[j] < gs[i]:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	return 2 * float64(shared) / float64(len(gs)+len(gt))
}

// sameFigure is sameFigures of two number words.
func sameFigure(x, y string) bool { return sameFigures(readFigure(x), readFigure(y)) }

// trigramDice is the Dice coefficient of the character trigrams of two
// words padded with a boundary mark ("#ab", "abc", …, "yz#").
func trigramDice(s, t string) float64 {
	return gramDice(trigrams(s), trigrams(t))
}

var lookupStems = []string{"the", "govern", "milan", "civilian", "shoot", "calenda", "olymp", "deadli", "xyzzy", "protect"}

// BenchmarkFreqLookup measures one background frequency lookup (a binary
// search of the embedded table).
func BenchmarkFreqLookup(b *testing.B) {
	bg := background()
	for i := 0; b.Loop(); i++ {
		bg.informativeness(lookupStems[i%len(lookupStems)])
	}
}

// BenchmarkRelatedLookup measures looking up the related-word groups of
// one stem (a binary search of the embedded table and a small slice).
func BenchmarkRelatedLookup(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		relatedGroups(lookupStems[i%len(lookupStems)])
	}
}

// TestFigureCore: the letters an outlet glues to a figure (a currency, a
// scale or unit, an ordinal ending) are not part of it; more letters make
// a word with digits in it, not a figure written another way.
func TestFigureCore(t *testing.T) {
	for in, want := range map[string]string{
		"us1.06": "1.06", "1.76bn": "1.76", "nz75c": "75", "11th": "11", "40ft": "40",
		"102.5": "102.5", "1,000": "1,000", "us30yt": "30",
		"mp3player": "mp3player", "covid19x": "covid19x", "9-11": "9-11", "abcd5": "abcd5",
	} {
		if got := figureCore(in); got != want {
			t.Errorf("figureCore(%q) = %q, want %q", in, got, want)
		}
	}
	if !sameFigure("us1.06", "1.06") || !sameFigure("1.76bn", "1.76") || sameFigure("11th", "12") {
		t.Error("sameFigure does not read figures through their letters")
	}
	if isYear("2002") != true || isYear("us2002") != true || isYear("102.5") {
		t.Error("isYear")
	}
}

// TestNumberEnd: a figure with letters glued before its first group or
// after its last is one word, as a plain decimal is; a full stop ending a
// sentence after a number joins nothing.
func TestNumberEnd(t *testing.T) {
	v := newVocab()
	for in, want := range map[string][]string{
		"It will generate $1.4bn by 2005. The end.":     {"1.4bn", "2005"},
		"They paid $US1.06 million and $US342,195.":     {"us1.06", "us342,195"},
		"It rose 1,000.5 points to 102.5 on Friday.":    {"1,000.5", "102.5"},
		"Version 2.6.0 of the kernel ships in 3 weeks.": {"2.6.0", "3"},
	} {
		s := v.analyse(in)
		var got []string
		for _, id := range s.words {
			if v.num[id] {
				got = append(got, v.stems[id])
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: numbers %q, want %q", in, got, want)
		}
	}
}

// TestFiguresWrittenAnotherWay: a figure written with its currency or
// scale glued on, or as a word, is the same figure; "one" is not read as
// a figure. Two sentences that say the same with their figures so written
// link; the count does not depend on which side is which.
func TestFiguresWrittenAnotherWay(t *testing.T) {
	v := newVocab()
	a := v.analyse("Revenue will decline by eight per cent to $1.4bn, in one of two ways.")
	b := v.analyse("Revenue will decline 8 percent to $1.4 billion, in 1 of 2 ways.")
	shared, onlyA, onlyB := v.compareNumbers(&a, &b)
	if shared != 3 || onlyA != 0 || onlyB != 1 {
		t.Errorf("compareNumbers = %d shared, %d and %d apart; want 3, 0 and 1 (the 1 of \"one\")", shared, onlyA, onlyB)
	}
	if s2, a2, b2 := v.compareNumbers(&b, &a); s2 != shared || a2 != onlyB || b2 != onlyA {
		t.Errorf("swapped: %d, %d, %d; want %d, %d, %d", s2, a2, b2, shared, onlyB, onlyA)
	}
	x := "Sales for the quarter beat expectations, rising 37 percent year-on-year to 1.76 billion euros."
	y := "Sales rose 37 per cent year-on-year to 1.76bn, beating expectations."
	c := Compare(textDoc("a", x), textDoc("b", y), Options{})
	if len(c.Sentences) != 1 || c.Sentences[0].Kind > Paraphrased {
		t.Errorf("%q / %q: %+v, want one link", x, y, c.Sentences)
	}
}

// TestNumberEndSpans: the tokens a number spans, glued letters and all,
// and none beyond a word without digits (which takes a short cut).
func TestNumberEndSpans(t *testing.T) {
	tests := []struct {
		in   string
		k    int
		want string
	}{
		{"RTL 102.5 FM", 2, "102.5"},
		{"1,000 agents", 0, "1,000"},
		{"US1.06 a share", 0, "US1.06"},
		{"1.76bn, up", 0, "1.76bn"},
		{"NZ75c.", 0, "NZ75c"},
		{"the 11th.5", 2, "11th"},
		{"Milan.5", 0, "Milan"},
		{"ÉCOLE 5", 0, "ÉCOLE"},
		{"agents", 0, "agents"},
	}
	for _, tt := range tests {
		toks := words.Tokenize(tt.in)
		end := numberEnd(tt.in, toks, tt.k)
		if got := tt.in[toks[tt.k].Start:toks[end].End]; got != tt.want {
			t.Errorf("numberEnd(%q, %d) spans %q, want %q", tt.in, tt.k, got, tt.want)
		}
	}
}

// TestPairScoreSize: a pairScore is held for every candidate pair (tens
// of thousands on a 1 MB pair), so its counts and flags stay packed at
// its end; a field added or moved that pads it shows here.
func TestPairScoreSize(t *testing.T) {
	if n := unsafe.Sizeof(pairScore{}); n > 96 {
		t.Errorf("pairScore is %d bytes, want at most 96", n)
	}
}

// TestDottedInitials: a run of dotted single capitals is one acronym for
// matching: "U.S." is "US", and matches "United States" spelt out on the
// other side as an acronym does; a lone initial ("W.") is no acronym.
func TestDottedInitials(t *testing.T) {
	tests := []struct {
		name      string
		a, b      string
		unrelated string // b with the spelt-out name replaced
	}{
		{"U.S. and US", "U.S. troops left the base on Friday.", "US troops left the base on Friday.", "Canadian troops left the base on Friday."},
		{"U.S. and United States", "U.S. troops left the base on Friday.", "United States troops left the base on Friday.", "Canadian troops left the base on Friday."},
		{"U.N. and United Nations", "The U.N.-led talks resumed in Geneva.", "The United Nations talks resumed in Geneva.", "The regional talks resumed in Geneva."},
		{"U.K. and United Kingdom", "The U.K.'s ambassador protested.", "The United Kingdom ambassador protested.", "The French ambassador protested."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			with, without := similarity(tt.a, tt.b), similarity(tt.a, tt.unrelated)
			if with <= without {
				t.Errorf("similarity %.3f with the name written another way, %.3f with another name; want more", with, without)
			}
			if back := similarity(tt.b, tt.a); back != with {
				t.Errorf("not symmetric: %.6f vs %.6f", with, back)
			}
		})
	}
	if got := similarity("U.S. troops left the base on Friday.", "US troops left the base on Friday."); got != 1 {
		t.Errorf("similarity of U.S. and US = %.3f, want 1", got)
	}
	v := newVocab()
	s := v.analyse("President George W. Bush met U.S. officials.")
	var got []string
	for _, id := range s.words {
		got = append(got, v.stems[id])
	}
	if diff := cmp.Diff([]string{"presid", "georg", "w", "bush", "met", "us", "offici"}, got); diff != "" {
		t.Errorf("stems (-want +got):\n%s", diff)
	}
}

// TestFigureUnits: a money amount, a percentage and a figure without a
// unit are compared with their units: an amount is never a percentage,
// rounded or not, while the same unit written another way, or a unit the
// other side leaves out, is the same figure. The answer does not depend
// on which side is which.
func TestFigureUnits(t *testing.T) {
	tests := []struct {
		a, b   string
		shared int
	}{
		{"Shares rose to $1.49 in early trading.", "Shares rose 1.5 percent in early trading.", 0},
		{"Profit rose $5 in the year.", "Profit rose 5 percent in the year.", 0},
		{"Sales fell 1.5 billion euros.", "Sales fell 1.5%.", 0},
		{"Shares rose to $1.49 in early trading.", "Shares rose to $1.50 in early trading.", 1},
		{"Profit rose 5 percent in the year.", "Profit rose 5% in the year.", 1},
		{"Profit rose 5 per cent in the year.", "Profit rose 5 pct in the year.", 1},
		{"Sales rose to 1.76 billion euros.", "Sales rose to 1.76bn.", 1},
		{"Shares closed at $14.10.", "Shares closed at 14.10.", 1},
		{"Revenue will decline by eight per cent.", "Revenue will decline 8 percent.", 1},
		// Every currency words.UnitWord names is money.
		{"Sales fell 12 million pounds.", "Sales fell 12 percent.", 0},
		{"The fine was 40 rupees.", "The fine was 40%.", 0},
		{"Sales fell 12 million pounds.", "Sales fell £12 million.", 1},
	}
	for _, tt := range tests {
		v := newVocab()
		a, b := v.analyse(tt.a), v.analyse(tt.b)
		v.finishBackground()
		v.weigh(&a)
		v.weigh(&b)
		for _, x := range [2][2]*sentence{{&a, &b}, {&b, &a}} {
			if shared, _, _ := v.compareNumbers(x[0], x[1]); shared != tt.shared {
				t.Errorf("%q / %q: %d figures shared, want %d", tt.a, tt.b, shared, tt.shared)
			}
			if ps := v.score(x[0], x[1]); int(ps.numShared) != tt.shared || (tt.shared == 0) != ps.numConflict {
				t.Errorf("%q / %q: score shares %d figures (conflict %v), want %d", tt.a, tt.b, ps.numShared, ps.numConflict, tt.shared)
			}
		}
	}
}

// TestFigureIndexSameAnswers: looking a sentence's figures up in its
// figureIndex gives hasFigure's answers pair by pair, for every figure of
// every sentence in every unit: equal numbers, numbers within
// figureTolerance and just outside it, years, zero, amounts and
// percentages, number words; and compareNumbers and countedSame give the
// same counts either way.
func TestFigureIndexSameAnswers(t *testing.T) {
	texts := []string{
		"Shares rose 4.77 points to 929.62, or 1.9 percent, on Tuesday, and the dollar fell to $1.49 from $1.52.",
		"The index closed at 929.6 after 981.73 in 2002 and 2003; eight per cent of 1,200 traders sold 0 shares.",
		"Sales of 100 units, 101.9 units and 102.1 units, 98 percent and 98.04% of 2,000 were counted, eight of them twice.",
		"It cost £12 million, 12 percent more than the 11.8 million pounds of 1999, and 40 rupees a day for 7 days.",
		"In 2001 the 3 firms sold 2,001 cars, 2,040 trucks and 1.76bn euros of parts, up 37 per cent from 1.7 billion.",
	}
	var row []string
	for i := range 120 {
		row = append(row, fmt.Sprintf("%d %d.%d %d%%", 1000+37*i, i, i%10, i%50))
	}
	texts = append(texts, strings.Join(row, " ")+" eight twelve.")
	v := newVocab()
	var ss []sentence
	for _, text := range texts {
		ss = append(ss, v.analyse(text))
	}
	var ids []int32
	for _, s := range ss {
		ids = append(ids, s.nums...)
	}
	units := []words.Unit{words.NoUnit, words.Money, words.Percent}
	for i := range ss {
		s := &ss[i]
		x := &figureIndex{}
		func() {
			defer func(old int) { figureIndexMin = old }(figureIndexMin)
			figureIndexMin = -1
			x = v.figuresFor(s, 1)
		}()
		if x == nil {
			t.Fatalf("sentence %d: no index made", i)
		}
		for _, id := range ids {
			for _, u := range units {
				if got, want := v.hasFigureIn(s, x, id, u), v.hasFigureIn(s, nil, id, u); got != want {
					t.Errorf("sentence %d has figure %q in unit %v: index says %v, pair by pair %v", i, v.stems[id], u, got, want)
				}
			}
		}
	}
	for i := range ss {
		for j := range ss {
			a, b := &ss[i], &ss[j]
			sh, oa, ob := v.compareNumbers(a, b)
			same := v.countedSame(a, b)
			func() {
				defer func(old int) { figureIndexMin = old }(figureIndexMin)
				figureIndexMin = -1
				if sh2, oa2, ob2 := v.compareNumbers(a, b); sh2 != sh || oa2 != oa || ob2 != ob {
					t.Errorf("sentences %d and %d: compareNumbers %d, %d, %d with indexes, %d, %d, %d without", i, j, sh2, oa2, ob2, sh, oa, ob)
				}
				if same2 := v.countedSame(a, b); same2 != same {
					t.Errorf("sentences %d and %d: countedSame %v with indexes, %v without", i, j, same2, same)
				}
			}()
		}
	}
}

// TestFiguresRead: the figures finish reads once (figs) are the ones read
// from each stem, for every stem (words that are no number, and "NaN",
// which reads as one, included), and for a stem analysed after finish;
// and hasFigureIn gives the same answers with the figures read once as
// without.
func TestFiguresRead(t *testing.T) {
	texts := []string{
		"Shares rose 4.77 points to 929.62, or 1.9 percent, in 2002, and the dollar fell to $1.49 from $1.52.",
		"The index closed at 929.6 after 981.73 in 2003; eight per cent of 1,200 traders sold 0 shares, NaN or Inf.",
		"It cost US1.06 million, 1.76bn euros, 12 percent more than the 11.8 million pounds of 1999.",
	}
	v := newVocab()
	var ss []sentence
	for _, text := range texts {
		ss = append(ss, v.analyse(text))
	}
	units := []words.Unit{words.NoUnit, words.Money, words.Percent}
	answers := func() []bool {
		var out []bool
		for i := range ss {
			for j := range ss {
				for _, id := range ss[j].nums {
					for _, u := range units {
						out = append(out, v.hasFigureIn(&ss[i], nil, id, u))
					}
				}
			}
		}
		return out
	}
	before := answers()
	v.finish(len(ss))
	if len(v.figs) == 0 {
		t.Fatal("finish read no figures")
	}
	ss = append(ss, v.analyse("Later, 929.7 and 3,000 and 2004.")) // stems finish never saw
	for id, s := range v.stems {
		if got, want := v.figureOf(int32(id)), readFigure(s); got != want && !(got.ok && want.ok && got.f != got.f && want.f != want.f) {
			t.Errorf("figure of %q = %+v, want %+v", s, got, want)
		}
	}
	once := answers()
	v.figs = nil
	each := answers()
	if d := cmp.Diff(each, once); d != "" {
		t.Errorf("hasFigureIn with the figures read once differs (-read each time +read once):\n%s", d)
	}
	if len(before) == 0 || len(once) <= len(before) {
		t.Errorf("%d answers before the sentence added, %d after: nothing compared", len(before), len(once))
	}
}

// TestGramDiceAtLeast: stopping when need is out of reach gives the
// coefficient and verdict of the whole merge, for every pair of a list
// of words alike and not, at both thresholds fuzzy matching asks.
func TestGramDiceAtLeast(t *testing.T) {
	ws := []string{"italy", "italer", "italian", "milan", "milano", "olympics", "olympic", "olimpics",
		"government", "goverment", "governor", "meloni", "melonis", "a", "ab", "abc", "", "naïve", "naive"}
	passed := 0
	for _, need := range []float64{fuzzyMinDice, fuzzyShortDice, 0, 1} {
		for _, a := range ws {
			for _, b := range ws {
				gs, gt := trigrams(a), trigrams(b)
				want := gramDice(gs, gt)
				got, ok := gramDiceAtLeast(gs, gt, need)
				if ok != (want >= need) || ok && got != want {
					t.Errorf("gramDiceAtLeast(%q, %q, %v) = %v, %v; gramDice says %v", a, b, need, got, ok, want)
				}
				if ok {
					passed++
				}
			}
		}
	}
	if passed == 0 {
		t.Error("no pair reached its threshold: nothing tested")
	}
}

// TestIntersects: two sorted lists share an element exactly when common
// yields one.
func TestIntersects(t *testing.T) {
	lists := [][]int32{nil, {}, {1}, {2}, {1, 3, 5}, {2, 4, 6}, {5, 9}, {0, 6}, {-3, 1}}
	for _, a := range lists {
		for _, b := range lists {
			want := false
			for range common(a, b) {
				want = true
			}
			if got := intersects(a, b); got != want {
				t.Errorf("intersects(%v, %v) = %v, want %v", a, b, got, want)
			}
		}
	}
}
