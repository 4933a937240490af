package check

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/internal/lines"
	"github.com/wirediff/wirediff/words"
)

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"italy", "italer", 2, 2},
		{"italy", "italy", 2, 0},
		{"form", "from", 2, 1}, // a swap is one edit
		{"two", "tow", 2, 1},
		{"deploy", "deployed", 2, 2},
		{"sala", "calenda", 2, 3}, // over the limit: limit+1
		{"", "abc", 5, 3},
		{"café", "cafe", 2, 1}, // runes, not bytes
		{"kitten", "sitting", 5, 3},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}

// TestDistanceBand checks the banded distance against the whole table on
// random words of a small alphabet (many near misses and swaps), for every
// limit, and that two words of 100,000 letters are compared in time: a URL
// on each side, a letter apart, took 40 s in the checks when every cell
// of the table was computed.
func TestDistanceBand(t *testing.T) {
	full := func(a, b []rune) int {
		d := make([][]int, len(a)+1)
		for i := range d {
			d[i] = make([]int, len(b)+1)
			d[i][0] = i
		}
		for j := range d[0] {
			d[0][j] = j
		}
		for i := 1; i <= len(a); i++ {
			for j := 1; j <= len(b); j++ {
				c := 1
				if a[i-1] == b[j-1] {
					c = 0
				}
				d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
				if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
					d[i][j] = min(d[i][j], d[i-2][j-2]+1)
				}
			}
		}
		return d[len(a)][len(b)]
	}
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		r := make([]rune, rng.IntN(12))
		for i := range r {
			r[i] = []rune("abcé")[rng.IntN(4)]
		}
		return string(r)
	}
	for range 20000 {
		a, b := word(), word()
		limit := rng.IntN(5)
		want := min(full([]rune(a), []rune(b)), limit+1)
		if got := distance(a, b, limit); got != want {
			t.Fatalf("distance(%q, %q, %d) = %d, want %d", a, b, limit, got, want)
		}
	}
	long := strings.Repeat("a", 100000)
	start := time.Now()
	for limit, want := range []int{1, 2, 2, 2} {
		if got := distance(long, long[:50000]+"bc"+long[50002:], limit); got != want {
			t.Errorf("distance of two long words, limit %d = %d, want %d", limit, got, want)
		}
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("4 distances of 100,000-letter words took %v; the table is computed whole", d)
	}
}

func TestReplacementKind(t *testing.T) {
	tests := []struct {
		base, other string
		want        TypoKind
	}{
		{"Italy", "Italer", "typo"},
		{"concerns", "concersn", "typo"},
		{"government", "goverment", "typo"},
		{"from", "form", "typo"}, // swapped letters, though "form" is a word
		{"organizations", "organisations", "variant"},
		{"colour", "color", "variant"},
		{"deploy", "deployed", ""}, // an inflection (same stem)
		{"came", "come", ""},       // another word, not a swap
		{"Tuesday", "Monday", ""},  // a changed fact
		{"two", "tow", "typo"},     // "tow" is a word, but a swap
		{"two", "three", ""},       // a changed fact
		{"in", "on", ""},           // too short to tell
		{"Sala", "Calenda", ""},    // too far apart
		{"Italy", "italy", ""},     // case only
		{"2", "3", ""},             // numbers are facts
		{"from", "Form", ""},       // a swap that also changes case: a term, not a typo
		{"allow", "accept", ""},    // an edit
		{"security", "securty", "typo"},
		{"Calenda", "Calendar", "typo"}, // a name made a word, capital kept
		{"Sala", "Salt", "typo"},
		{"calenda", "calendar", ""}, // no name: another word
		{"Calenda", "calendar", ""}, // the capital gone: another word
		{"NATO", "NOTE", ""},        // an acronym
		{"CJD", "vCJD", ""},         // a name built on the name
		{"Stake", "AtStake", ""},
		{"International", "InternationalCo", ""},
		{"Guru", "µGuru", ""},
		{"Italy", "Iitaly", "typo"}, // a letter added, no capital at the join
	}
	for _, tt := range tests {
		if got := replacementKind(tt.base, tt.other); got != tt.want {
			t.Errorf("replacementKind(%q, %q) = %q, want %q", tt.base, tt.other, got, tt.want)
		}
	}
}

// TestMovedWordIsNoSwap: a word of the BASE paired with a listed word
// two letters apart is a swap ("form" for "from") only when the OTHER
// sentence lacks the BASE word: "Three" → "There" in a sentence that
// still says "three" is the sentence rewritten.
func TestMovedWordIsNoSwap(t *testing.T) {
	const base = "Three Greek ferries are off the Cretan coast carrying a total of 900 tourists."
	for _, tt := range []struct {
		other string
		want  []typoOf
	}{
		{"There are three ferries with 900 Tourists waiting off its coast.", nil},
		{"There Greek ferries are off the Cretan coast carrying a total of 900 tourists.", []typoOf{{"typo", "Three", "There"}}},
	} {
		if diff := cmp.Diff(tt.want, typosOf(run(t, base, tt.other))); diff != "" {
			t.Errorf("%s: typos (-want +got):\n%s", tt.other, diff)
		}
	}
}

// TestTitlesAreNoNames checks that a title capitalised before a name in
// the BASE ("Mayor") is not taken for a name a new one misspells.
func TestTitlesAreNoNames(t *testing.T) {
	const base = "The plan angered Milan Mayor Giuseppe Sala on Tuesday."
	r := run(t, base, base+"\n\nThe council spoke to Kit Maher on Tuesday.")
	if got := typosOf(r); len(got) != 0 {
		t.Errorf("typos %v; want none", got)
	}
	r = run(t, base, base+"\n\nThe council spoke to Kit Salla on Tuesday.")
	if diff := cmp.Diff([]typoOf{{"typo", "Sala", "Salla"}}, typosOf(r)); diff != "" {
		t.Errorf("typos (-want +got):\n%s", diff)
	}
}

func TestNearName(t *testing.T) {
	names := []baseName{}
	for i, n := range []string{"Italy", "Milan", "Sala", "Meloni", "Conte", "Fertitta"} {
		names = append(names, baseName{key: words.Bare(n), text: n, sentence: i})
	}
	tests := []struct {
		word  string
		known bool // a word of the BASE
		want  string
	}{
		{"Italer", false, "Italy"},     // two edits
		{"Merloni", false, "Meloni"},   // one letter added
		{"Salla", false, "Sala"},       // one edit from a four-letter name
		{"Sallo", false, ""},           // two edits from a four-letter name
		{"Tala", false, ""},            // another first letter
		{"Milano", false, ""},          // the name with an ending: another form
		{"Contes", false, ""},          // the same
		{"Piantedosi", false, ""},      // near no name
		{"Livigno", false, ""},         // near no name
		{"Yomiuri", false, ""},         // near no name
		{"Fertita", false, "Fertitta"}, // one letter left out
		{"italer", false, ""},          // not capitalised
		{"ITALER", false, ""},          // an acronym
		{"McItaly", false, ""},         // a capital inside
		{"Italer", true, ""},           // the BASE has it
		{"Rome", false, ""},            // an English word (the list is lower case)
		{"Ita", false, ""},             // too short
		{"Italу", false, ""},           // a Cyrillic letter
	}
	for _, tt := range tests {
		known := map[string]bool{}
		if tt.known {
			known[words.Bare(tt.word)] = true
		}
		tok := words.Compounds(tt.word, 0, true)[0]
		n, ok := nearName(tok, words.Bare(tok.Text), known, names)
		if got := n.text; ok != (tt.want != "") || got != tt.want {
			t.Errorf("nearName(%q) = %q, %v; want %q", tt.word, got, ok, tt.want)
		}
	}
}

func TestPairWords(t *testing.T) {
	toks := func(s string) []words.Compound { return words.Compounds(s, 0, true) }
	tests := []struct {
		del, ins string
		want     [][2]int
	}{
		{"Italy", "Italer", [][2]int{{0, 0}}},
		{"in Italy later", "in Italer soon", [][2]int{{0, 0}, {1, 1}, {2, 2}}},
		{"the goverment", "the new government", [][2]int{{0, 0}, {1, 2}}},
		{"security", "safety and order", nil},
	}
	for _, tt := range tests {
		if got := pairWords(toks(tt.del), toks(tt.ins)); !cmp.Equal(got, tt.want) {
			t.Errorf("pairWords(%q, %q) = %v, want %v", tt.del, tt.ins, got, tt.want)
		}
	}
}

// typoOf is what the tests compare of a Typo.
type typoOf struct{ Kind, Base, Other string }

func typosOf(r *Report) []typoOf {
	var out []typoOf
	for _, ty := range r.Typos {
		out = append(out, typoOf{ty.Kind.String(), ty.Base, ty.Other})
	}
	return out
}

func TestTypos(t *testing.T) {
	const base = "The letter warns that ICE agents will provide security at the Winter Olympics in Italy later this February.\n\n" +
		"Transnational criminal organizations are the target, the statement said."
	tests := []struct {
		name, other string
		want        []typoOf
	}{{
		name:  "unchanged",
		other: base,
	}, {
		name: "a typo in an edited sentence",
		other: "The letter warns that ICE agents will provide security at the Winter Olympics in Italer later this February.\n\n" +
			"Transnational criminal organizations are the target, the statement said.",
		want: []typoOf{{"typo", "Italy", "Italer"}},
	}, {
		name: "a spelling variant",
		other: "The letter warns that ICE agents will provide security at the Winter Olympics in Italy later this February.\n\n" +
			"Transnational criminal organisations are the target, the statement said.",
		want: []typoOf{{"variant", "organizations", "organisations"}},
	}, {
		name:  "a word that is no English in an added sentence; names and numbers are not",
		other: base + "\n\nOfficials in Livigno called the plan unneccesary, said Ms Zanetti of the AVS on 12 January.",
		want:  []typoOf{{"misspelling", "", "unneccesary"}},
	}, {
		name:  "words in other scripts are not judged by an English list",
		other: base + "\n\nThe Games are the 冬季オリンピック, or Зимние Олимпийские игры, and unneccesary.",
		want:  []typoOf{{"misspelling", "", "unneccesary"}},
	}, {
		name:  "a word the BASE has is never misspelt",
		other: base + "\n\nNobody disputes the Transnational part.",
	}, {
		name:  "a misspelt BASE name in an added sentence; other names, titles and forms are not",
		other: base + "\n\nThe ICE unit in Italer will report to Kit Maher of the Yomiuri, Fertitta said in Livigno and Milano.",
		want:  []typoOf{{"typo", "Italy", "Italer"}},
	}, {
		// A form passed over where it may be a first name is still judged
		// where it stands alone (misspellings remembers clean forms only).
		name:  "a word passed over as a first name, then alone",
		other: base + "\n\nUnneccesary Rules apply here. Unneccesary, said the mayor.",
		want:  []typoOf{{"misspelling", "", "Unneccesary"}},
	}, {
		name:  "a word found clean is clean again; one misspelt is reported once",
		other: base + "\n\nThe target was agreed. The target was unneccesary. The plan was unneccesary.",
		want:  []typoOf{{"misspelling", "", "unneccesary"}},
	}, {
		// "closedown" splits first as "closed" + "own", too short a part
		// for a compound; "close" + "down" is one. Two short words run
		// together are a misspelling.
		name:  "a closed compound of long words is a word",
		other: base + "\n\nThe closedown of the plant was unneccesary. Officials willnot say more.",
		want:  []typoOf{{"misspelling", "", "unneccesary"}, {"misspelling", "", "willnot"}},
	}, {
		name:  "web addresses are not words",
		other: base + "\n\nThe letter is at https://example.org/zzqx-letterr and mail goes to press@lefft.eu now.",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, base, tt.other)
			if diff := cmp.Diff(tt.want, typosOf(r)); diff != "" {
				t.Errorf("typos (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWordList(t *testing.T) {
	if err := lines.Check(wordsText); err != nil {
		t.Fatalf("embedded word list: %v", err)
	}
	if n := strings.Count(wordsText, "\n"); n < 100000 {
		t.Errorf("word list has %d words, want over 100,000", n)
	}
	for _, w := range []string{"a", "militia", "organisations", "organizations", "don't", "normalisation", "spokesperson", "italy", "zygote"} {
		if !hasWord(w) {
			t.Errorf("word list lacks %q", w)
		}
	}
	for _, w := range []string{"italer", "unneccesary", "concersn", "", "Militia"} {
		if hasWord(w) {
			t.Errorf("word list has %q", w)
		}
	}
	for _, w := range []string{"reputational", "unpresidential", "transnationalism", "accessors"} {
		if !isKnownWord(w) {
			t.Errorf("isKnownWord(%q) = false, want true (an affix on a listed word)", w)
		}
	}
	for _, w := range []string{"italer", "unneccesary"} {
		if isKnownWord(w) {
			t.Errorf("isKnownWord(%q) = true, want false", w)
		}
	}
}

func BenchmarkWordLookup(b *testing.B) {
	words := []string{"militia", "organisations", "italer", "spokesperson", "unneccesary", "reputational"}
	for i := 0; b.Loop(); i++ {
		isKnownWord(words[i%len(words)])
	}
}

// TestLinkSpans: web and e-mail addresses are found in any case, and a
// sentence without one (the short cut) has none.
func TestLinkSpans(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"No address here, Kelvin.", nil},
		{"See http://example.com/a now.", []string{"http://example.com/a"}},
		{"See (HTTPS://Example.com) now.", []string{"HTTPS://Example.com)"}},
		{"Visit Www.Example.org or mail press@example.org.", []string{"Www.Example.org", "press@example.org."}},
		{"The httpd server and wwwx.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range linkSpans(tt.in, 10) {
			got = append(got, tt.in[sp[0]-10:sp[1]-10])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("linkSpans(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	for _, tt := range []struct {
		s, sub string
		want   bool
	}{{"HtTp", "http", true}, {"htt", "http", false}, {"WWW.", "www.", true}, {"WWW,", "www.", false}, {"x@y", "@", true}} {
		if got := containsFoldASCII(tt.s, tt.sub); got != tt.want {
			t.Errorf("containsFoldASCII(%q, %q) = %v", tt.s, tt.sub, got)
		}
	}
}

// TestConfusedWords: an English word put for another that writers often
// confuse it with is a typo, with its own reason, when it replaces that
// word alone; a rewrite around it is an edit.
// TestKnownWordsRemembered: isKnownWord answers as lookUpWord does, the
// second time from memory, from goroutines at once, and keeps a copy of
// the word, never the text it was cut from.
func TestKnownWordsRemembered(t *testing.T) {
	text := "reputational italer militia unneccesary accessors piantedosi organisations concersn"
	ws := strings.Fields(text)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 2 {
				for _, w := range ws {
					if got, want := isKnownWord(w), lookUpWord(w); got != want {
						t.Errorf("isKnownWord(%q) = %v, lookUpWord %v", w, got, want)
					}
				}
			}
		})
	}
	wg.Wait()
	start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	knownWords.RLock()
	defer knownWords.RUnlock()
	for _, w := range ws {
		if _, ok := knownWords.m[w]; !ok {
			t.Errorf("%q not remembered", w)
		}
	}
	for k := range knownWords.m {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(k))); p >= start && p < start+uintptr(len(text)) {
			t.Errorf("%q remembered as a piece of the text it was cut from", k)
		}
	}
}

func TestConfusedWords(t *testing.T) {
	const base = "The company said its profits rose in their last quarter, more than expected.\n\n" +
		"The aide said the effect was small."
	tests := []struct {
		name, other string
		want        []typoOf
	}{{
		name: "its for it's, there for their, then for than",
		other: "The company said it's profits rose in there last quarter, more then expected.\n\n" +
			"The aide said the effect was small.",
		want: []typoOf{{"typo", "its", "it's"}, {"typo", "their", "there"}, {"typo", "than", "then"}},
	}, {
		name: "curly apostrophe and a capital",
		other: "The company said it’s profits rose in their last quarter, more than expected.\n\n" +
			"The aid said the Affect was small.",
		want: []typoOf{{"typo", "its", "it’s"}, {"typo", "aide", "aid"}, {"typo", "effect", "Affect"}},
	}, {
		name: "rewritten around the word: an edit, no typo",
		other: "The company said it's seeing profits rise in their last quarter, more than expected.\n\n" +
			"The aide said the effect was small.",
	}, {
		name: "a swap often made on purpose is no typo",
		other: "The company said its profits rose in their last quarter, more than expected.\n\n" +
			"The aide said the effects were small.",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, base, tt.other)
			if diff := cmp.Diff(tt.want, typosOf(r)); diff != "" {
				t.Errorf("typos (-want +got):\n%s", diff)
			}
			for _, ty := range r.Typos {
				if ty.Reason != confusedReason {
					t.Errorf("%q → %q: reason %q, want %q", ty.Base, ty.Other, ty.Reason, confusedReason)
				}
			}
		})
	}
}
