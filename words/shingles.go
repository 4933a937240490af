package words

// Shingles appends to dst one hash for every run of k consecutive words
// of text, in order, and returns the extended slice: element p stands for
// words p to p+k-1, so a text of w ≥ k words has w-k+1 shingles (none
// when w < k). Words are runs of letters, digits and combining marks,
// lower-cased, with apostrophes inside a word dropped ("Milan’s" and
// "milans" are one word); everything else separates words. A shingle made
// only of common function words ("and in the") says nothing about reuse:
// its hash is 0, and no other shingle hashes to 0.
//
// Two texts that share a run of k words share its hash; different runs
// collide with probability about 2⁻⁶⁴ per pair.
//
// It is AppendWordHashes chained k at a time (ChainHashes): one word
// scanner for every caller.
//
// Cost: O(len(text) + k·words); beyond growing dst, one slice of word
// hashes for a text of more than 128 words.
func Shingles(dst []uint64, text string, k int) []uint64 {
	k = min(max(k, 1), maxShingle)
	var buf [128]WordHash
	hs := AppendWordHashes(buf[:0], text)
	for p := 0; p+k <= len(hs); p++ {
		dst = append(dst, ChainHashes(hs[p:p+k]))
	}
	return dst
}

// maxShingle bounds the k of Shingles.
const maxShingle = 16

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is the finaliser of SplitMix64: it spreads every input bit over the
// output, so that chaining word hashes through it gives order-sensitive
// shingle hashes.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// wordHash is the hash Shingles gives a lower-case word.
func wordHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// stopWords are the English function words whose runs say nothing about
// reuse: "and in the", "it is a", "he said that".
var stopWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range functionWords {
		m[wordHash(w)] = true
	}
	return m
}()

// functionWords are the words of stopWords, written out.
var functionWords = []string{
	"a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at",
	"be", "because", "been", "before", "being", "between", "both", "but", "by",
	"can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
	"he", "her", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
	"its", "me", "more", "most", "my", "no", "not", "now", "of", "on", "one",
	"only", "or", "other", "our", "out", "over", "said", "says", "say", "she",
	"so", "some", "such", "than", "that", "the", "their", "them", "then",
	"there", "these", "they", "this", "those", "through", "to", "too", "under",
	"up", "us", "very", "was", "we", "were", "what", "when", "where", "which",
	"while", "who", "whom", "why", "will", "with", "would", "you", "your",
}
