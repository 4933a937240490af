package words

import (
	"unicode"
	"unicode/utf8"
)

// A WordHash is the hash of one word of a text as Shingles computes it,
// before any chaining, and whether the word is a common function word
// ("the", "and", "said").
type WordHash struct {
	Hash     uint64
	Function bool
}

// AppendWordHashes appends to dst the hash of every word of text, in
// order, with the tokenizer and normalisation of Shingles, and returns
// the extended slice. It is Shingles taken apart: the shingle of words p
// to p+k-1 is ChainHashes(hs[p:p+k]), so that a caller that needs runs of
// several lengths, or the words themselves, tokenizes the text once.
//
// Cost: O(len(text)); no allocation beyond growing dst. Function words
// are recognised by a small open-addressing table, without a map.
func AppendWordHashes(dst []WordHash, text string) []WordHash {
	h, inWord := uint64(fnvOffset), false
	short := true // the word so far is ASCII and at most maxFunctionLen bytes
	n := 0
	for i := 0; i < len(text); {
		// The ASCII letters and digits of a word, in a tight loop: one
		// table look-up a byte, no branch but the loop's.
		for i < len(text) {
			l := asciiWordByte[text[i]]
			if l == 0 {
				break
			}
			h = (h ^ uint64(l)) * fnvPrime
			n++
			i++
			inWord = true
		}
		if i == len(text) {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if c == '\'' && inWord {
				continue
			}
			if inWord {
				dst = append(dst, WordHash{h, short && n <= maxFunctionLen && isFunctionHash(h)})
				h, inWord, short, n = fnvOffset, false, true, 0
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case IsWordRune(r):
			r = unicode.ToLower(r)
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
				h = (h ^ uint64(b)) * fnvPrime
			}
			short = false
			inWord = true
		case (r == '’' || r == 'ʼ') && inWord:
		default:
			if inWord {
				dst = append(dst, WordHash{h, short && n <= maxFunctionLen && isFunctionHash(h)})
				h, inWord, short, n = fnvOffset, false, true, 0
			}
		}
	}
	if inWord {
		dst = append(dst, WordHash{h, short && n <= maxFunctionLen && isFunctionHash(h)})
	}
	return dst
}

// asciiWordByte maps each ASCII letter and digit to itself in lower
// case, and every other byte (punctuation, space, and the bytes of
// 0x80 and above, which start or continue other runes) to 0.
var asciiWordByte = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// ChainHashes returns the hash Shingles gives the run of the words of
// hs (at most 16 of them): 0 when all are function words.
func ChainHashes(hs []WordHash) uint64 {
	var s uint64
	informative := false
	for _, w := range hs {
		s = mix(s ^ w.Hash)
		informative = informative || !w.Function
	}
	switch {
	case !informative:
		return 0
	case s == 0:
		return 1
	}
	return s
}

// Mix is the mixing function of Shingles (SplitMix64's finaliser): a
// single word's shingle is Mix of its hash.
func Mix(x uint64) uint64 { return mix(x) }

// maxFunctionLen is the length of the longest function word ("because",
// "between", "through").
const maxFunctionLen = 7

// functionTable holds the hashes of the function words by open
// addressing (linear probing on the low bits; 0 is an empty slot).
var functionTable = func() (t [512]uint64) {
	for h := range stopWords {
		i := h & (uint64(len(t)) - 1)
		for t[i] != 0 {
			i = (i + 1) & (uint64(len(t)) - 1)
		}
		t[i] = h
	}
	return t
}()

func isFunctionHash(h uint64) bool {
	for i := h & (uint64(len(functionTable)) - 1); ; i = (i + 1) & (uint64(len(functionTable)) - 1) {
		switch functionTable[i] {
		case h:
			return h != 0
		case 0:
			return false
		}
	}
}
