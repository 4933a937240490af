package corpus

import (
	"slices"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// A Signature is one feature of a text that the candidate search looks up
// in the files of a collection, and that an index stores for each of
// them. Three kinds exist (Kind), from precise to robust:
//
//   - Verbatim: a run of ShingleSize words (the words of
//     words.AppendWordHashes, with its normalisation: case, punctuation
//     and apostrophes ignored; runs of function words only dropped). Shared where text was copied or lightly
//     edited; one shared run is strong evidence.
//   - WordPair: two content words (not function words) that follow each
//     other once function words are left out, in either order: "Prime
//     Minister Giorgia Meloni" gives {prime minister}, {minister giorgia},
//     {giorgia meloni}. Names, numbers and the set phrases of a story
//     survive a rewrite that changes every run of five words.
//   - Word: one content word. A heavy paraphrase (seed 004 of the test
//     data rewords nearly every sentence of the wire) keeps about two in
//     five of the wire's content words and few of its pairs; a text on
//     another subject keeps few of either.
//
// A text gives one Signature per distinct feature, and keeps only a fixed
// sample of them (one verbatim run in VerbatimRate, one pair in PairRate,
// one word in WordRate), chosen by hash value, so that two texts keep the
// same sample of what they share, and an index stores a fraction of the
// features. The sample is part of what a Signature is: whatever stores
// signatures (an index, an archive pipeline) and whatever looks them up
// must compute them with Signatures or TextSignatures.
//
// The two low bits hold the Kind; the other bits are a hash. Values are
// stable across versions of wirediff while SignatureVersion stays.
type Signature uint64

// Kind is the kind of a Signature.
type Kind uint8

const (
	Verbatim Kind = iota // a run of ShingleSize words
	WordPair             // two neighbouring content words
	Word                 // one content word
	kinds                // the number of kinds
)

// Kind returns the kind of s.
func (s Signature) Kind() Kind { return Kind(s & 3) }

// String names the kind: "verbatim", "pair" or "word".
func (k Kind) String() string {
	switch k {
	case Verbatim:
		return "verbatim"
	case WordPair:
		return "pair"
	case Word:
		return "word"
	}
	return "unknown"
}

// SignatureVersion changes whenever Signatures changes the values it
// returns (the tokenizer, the sample, the hash): stored signatures of
// another version cannot be compared with new ones.
const SignatureVersion = 2

// Sampling rates of the signatures: a text keeps about one verbatim run
// in VerbatimRate, one pair in PairRate and one word in WordRate. Powers
// of two. A 5 KB article gives about 230 signatures.
const (
	VerbatimRate = 16
	PairRate     = 4
	WordRate     = 4
)

// Signatures returns the signatures of the whole text of doc, headings,
// navigation and boilerplate included, sorted and distinct: what an index
// stores for a document of the collection. It is TextSignatures(doc.Text).
//
// Cost: O(len(doc.Text)) for hashing plus sorting the sample (about one
// signature per 10 words); a few allocations.
func Signatures(doc *article.Document) []Signature {
	if doc == nil {
		return nil
	}
	return TextSignatures(doc.Text)
}

// TextSignatures returns the signatures of text, sorted and distinct. It
// is what Signatures computes, for a text that was not parsed into an
// article (the index reads plain text and the text of HTML pages without
// article.Parse, see the package documentation).
func TextSignatures(text string) []Signature {
	var sg signer
	return sg.signatures(nil, text)
}

// signer computes signatures with buffers reused from text to text.
type signer struct {
	hs []words.WordHash
}

// signatures appends the signatures of text to dst and returns them
// sorted and distinct (dst included).
func (sg *signer) signatures(dst []Signature, text string) []Signature {
	dst = sg.appendRaw(dst, text)
	slices.Sort(dst)
	return slices.Compact(dst)
}

// appendRaw appends the sampled signatures of text to dst, unsorted and
// possibly repeated. The text is tokenized once (words.AppendWordHashes)
// and the three kinds come from the word hashes, each word mixed once
// (words.Mix): a word's signature is that mix; a pair's, one more mix of
// its two words' mixes; a run's, the polynomial runHash of the mixes of
// its words, rolled from one run to the next in O(1) per word.
func (sg *signer) appendRaw(dst []Signature, text string) []Signature {
	sg.hs = words.AppendWordHashes(sg.hs[:0], text)
	const ring = 8              // ≥ ShingleSize, a power of two
	var own [ring]uint64        // words.Mix of the hash of the last words
	lastContent := -ShingleSize // the last word that is not a function word
	prev := uint64(0)           // the last content word's own mix
	run := uint64(0)            // runHash of the last ShingleSize words
	for i, w := range sg.hs {
		m := words.Mix(w.Hash)
		run = run*runBase + m
		if i >= ShingleSize {
			run -= runBaseK * own[(i-ShingleSize)&(ring-1)]
		}
		own[i&(ring-1)] = m
		if !w.Function {
			lastContent = i
			h := max(m, 1)
			if h < 1<<64/WordRate { // sampled by the top bits
				dst = append(dst, wordSignature(h))
			}
			if prev != 0 && prev != h {
				if p, ok := pairSignature(prev, h); ok {
					dst = append(dst, p)
				}
			}
			prev = h
		}
		if i < ShingleSize-1 || i-lastContent >= ShingleSize {
			continue // no run yet, or a run of function words only
		}
		if run != 0 && run < 1<<64/VerbatimRate {
			dst = append(dst, Signature(run&^3)|Signature(Verbatim))
		}
	}
	return dst
}

// wordSignature is the Word signature of a content word whose mix
// (words.Mix of its hash, 0 made 1) is h, when h is sampled.
func wordSignature(h uint64) Signature { return Signature(h&^3) | Signature(Word) }

// pairSignature is the WordPair signature of two distinct content words
// whose mixes are a and b, in either order, and whether it is sampled.
func pairSignature(a, b uint64) (Signature, bool) {
	a, b = min(a, b), max(a, b)
	p := mix(a*0x9e3779b97f4a7c15 ^ b)
	return Signature(p&^3) | Signature(WordPair), p < 1<<64/PairRate
}

// runSignature is the Verbatim signature of the run of ShingleSize words
// whose mixes are m[0..ShingleSize-1] (at least one a content word):
// runHash computed afresh, as appendRaw rolls it; ok is false when the
// run is not sampled.
func runSignature(m *[ShingleSize]uint64) (Signature, bool) {
	var run uint64
	for _, x := range m {
		run = run*runBase + x
	}
	return Signature(run&^3) | Signature(Verbatim), run != 0 && run < 1<<64/VerbatimRate
}

// runHash of the words w[0..k-1], each word's hash mixed (words.Mix) to
// m[j], is the polynomial Σ m[j]·runBase^(k-1-j) modulo 2^64: the next
// run's is this times runBase, plus the new word's mix, less the mix of
// the word that left times runBaseK = runBase^ShingleSize. runBase is odd
// (and the mixes are uniform), so every bit of the result depends on the
// last word and its top bits, which sample the runs, on every word.
const runBase = 0x9e3779b97f4a7c15

var runBaseK = func() uint64 {
	p := uint64(1)
	for range ShingleSize {
		p *= runBase
	}
	return p
}()

// querySignatures returns the signatures of the body of doc (all of its
// paragraphs when none is body text), each paragraph on its own so that
// no run spans two: what a search looks for. Sorted and distinct.
func querySignatures(doc *article.Document) []Signature {
	var sg signer
	var out []Signature
	for _, text := range queryTexts(doc) {
		out = sg.appendRaw(out, text)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// queryTexts returns the paragraphs of doc whose signatures a search
// looks for: those of its body, or all of them when none is body text.
func queryTexts(doc *article.Document) []string {
	body := false
	for p := range doc.Paragraphs {
		body = body || doc.Role(p) == article.Body
	}
	var out []string
	for p, para := range doc.Paragraphs {
		if body && doc.Role(p) != article.Body || para.Start < 0 || para.End > len(doc.Text) || para.Start > para.End {
			continue
		}
		out = append(out, doc.Text[para.Start:para.End])
	}
	return out
}

// mix is the finaliser of SplitMix64, spreading every input bit over the
// output.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}
