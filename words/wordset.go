package words

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// A WordSet is a fixed set of words (those of some texts, and every
// function word) that says which words of another text are in it
// without hashing the others: AppendWordHashes spends a multiplication
// on every byte of a text (the FNV hash, a chain of dependent steps), a
// WordSet a few operations on every eight bytes and one probe a word
// (AppendWords). A search that looks for the words of one query in
// every file of a collection needs no more, as most words of a file are
// not the query's; where every word's hash is needed (the signatures an
// index stores), AppendWordHashes remains the way.
//
// Words are cut and normalised as AppendWordHashes cuts and normalises
// them. A word written in at most 16 ASCII letters and digits (most
// words) is looked up by its lower-case bytes; any other (one with an
// apostrophe, a letter outside ASCII, or longer) is hashed as
// AppendWordHashes hashes it and looked up by its hash. So a word is
// found when its hash is that of a word of the set, except when two
// different words of 16 ASCII characters or fewer have the same 64-bit
// hash, which happens with probability about 2⁻⁶⁴ per pair of words.
//
// Safe for concurrent use once made.
type WordSet struct {
	hashes []uint64 // the hashes of the words, hashes[0] unused
	fn     []bool   // whether the word is a function word when written in ASCII
	// The words whose normal form is at most 16 ASCII bytes, by those
	// bytes (little-endian, zero above the word; k0 is never 0 for a
	// word, so 0 marks an empty slot), by cuckoo hashing: each is in one
	// of its two slots (keySlots), so that a look-up compares two slots,
	// without a branch, whether the word is there or not.
	keys     []keySlot
	keyShift uint8 // 64 - log2(len(keys))
	// All the words, by hash (open addressing on hashSlot; 0 marks an
	// empty slot, and the word whose hash is 0, if any, is zeroWord).
	byHash   []uint64
	hashWord []int32
	hashBits uint
	zeroWord int32
}

// A SetWord is what WordSet.AppendWords says of a word of a text: the
// number of the word of the set it is (Index, from 1; 0 when it is in
// none), and whether AppendWordHashes flags it as a function word
// (Function). Its value is 2·Index, plus 1 for a function word, so that
// a caller can keep what it knows of each word of the set in a table of
// 2·(Len+1) entries indexed by the SetWord itself.
type SetWord uint32

// Index is the number of the word of the set, 0 for a word in none.
func (w SetWord) Index() int { return int(w >> 1) }

// Function reports whether the word is a function word ("the", "and"),
// as WordHash.Function says. Every function word is in every WordSet,
// so a word of Index 0 is not one.
func (w SetWord) Function() bool { return w&1 != 0 }

// NewWordSet returns the set of the words of texts and of every function
// word. Cost: O(total length of texts); a few allocations.
func NewWordSet(texts ...string) *WordSet {
	s := &WordSet{hashes: []uint64{0}, fn: []bool{false}}
	index := map[uint64]int32{}
	var keys []keySlot
	add := func(canon []byte) {
		h := wordHash(string(canon))
		w, ok := index[h]
		if !ok {
			w = int32(len(s.hashes))
			index[h] = w
			s.hashes = append(s.hashes, h)
			s.fn = append(s.fn, stopWords[h])
			if k0, k1, ok := asciiKey(canon); ok {
				keys = append(keys, keySlot{k0, k1, SetWord(w<<1) | boolWord(s.fn[w])})
			}
		}
	}
	for _, w := range functionWords {
		add([]byte(w))
	}
	for _, t := range texts {
		normalWords(t, add)
	}

	s.buildKeys(keys)

	s.hashBits = 6
	for 1<<s.hashBits < 2*len(s.hashes) {
		s.hashBits++
	}
	s.byHash = make([]uint64, 1<<s.hashBits)
	s.hashWord = make([]int32, 1<<s.hashBits)
	mask := len(s.byHash) - 1
	for w, h := range s.hashes[1:] {
		if h == 0 {
			s.zeroWord = int32(w + 1)
			continue
		}
		j := s.hashSlot(h)
		for s.byHash[j] != 0 {
			j = (j + 1) & mask
		}
		s.byHash[j], s.hashWord[j] = h, int32(w+1)
	}
	return s
}

// Len is the number of words in the set; their Index runs from 1 to Len.
func (s *WordSet) Len() int { return len(s.hashes) - 1 }

// Hash returns the hash of the word of index i (1 ≤ i ≤ Len), as
// AppendWordHashes gives it.
func (s *WordSet) Hash(i int) uint64 { return s.hashes[i] }

// normalWords calls f with the normal form of every word of text, in
// order: as AppendWordHashes reads it (lower case, apostrophes inside a
// word dropped), rune by rune. The slice is reused.
func normalWords(text string, f func(canon []byte)) {
	var word []byte
	for _, r := range text {
		switch {
		case IsWordRune(r):
			word = utf8.AppendRune(word, unicode.ToLower(r))
		case (r == '\'' || r == '’' || r == 'ʼ') && len(word) > 0:
		default:
			if len(word) > 0 {
				f(word)
			}
			word = word[:0]
		}
	}
	if len(word) > 0 {
		f(word)
	}
}

// asciiKey returns the bytes of w as two little-endian words, zero
// above the end of w, when w is at most 16 bytes of ASCII.
func asciiKey(w []byte) (k0, k1 uint64, ok bool) {
	if len(w) == 0 || len(w) > 16 {
		return 0, 0, false
	}
	for i, c := range w {
		if c >= utf8.RuneSelf {
			return 0, 0, false
		}
		if i < 8 {
			k0 |= uint64(c) << (8 * i)
		} else {
			k1 |= uint64(c) << (8 * (i - 8))
		}
	}
	return k0, k1, true
}

// A keySlot is a word of a WordSet by its bytes (see WordSet.keys).
type keySlot struct {
	k0, k1 uint64
	word   SetWord // what AppendWords says of the word
}

// keyMix spreads the bytes of a word, k0 and k1, over the bits of the
// result: its top bits and its bits from 16 up are the word's two slots
// (keySlots). Two different words have the same mix only when
// k0 ^ k1·C is the same for both.
func keyMix(k0, k1 uint64) uint64 { return (k0 ^ k1*0xc2b2ae3d27d4eb4f) * 0x9e3779b97f4a7c15 }

// keySlots returns the two slots of the word k0, k1 in s.keys, as
// lookupKey computes them.
func (s *WordSet) keySlots(k0, k1 uint64) (int, int) {
	x := keyMix(k0, k1)
	return int(x >> (s.keyShift & 63)), int(x>>16) & (len(s.keys) - 1)
}

// buildKeys fills s.keys with keys (distinct) by cuckoo hashing, with
// three slots for every key at least (a third used at most, where
// cuckoo hashing with two slots a key settles quickly), larger when an
// insertion does not settle. When even 64 slots a key do not do (three
// keys of the same keyMix, which text made to that end could hold), it
// leaves s.keys empty, and AppendWords looks every word up by its hash.
func (s *WordSet) buildKeys(keys []keySlot) {
	bits := uint8(4)
	for 1<<bits < 3*len(keys) {
		bits++
	}
	for ; 1<<bits <= 64*max(len(keys), 1); bits++ {
		s.keyShift = 64 - bits
		if s.tryKeys(keys) {
			return
		}
	}
	s.keys, s.keyShift = nil, 0
}

// tryKeys tries to place keys in s.keys, of 1 << (64 - s.keyShift) slots.
func (s *WordSet) tryKeys(keys []keySlot) bool {
	s.keys = make([]keySlot, 1<<(64-s.keyShift))
	for _, k := range keys {
		at, _ := s.keySlots(k.k0, k.k1)
		for kick := 0; s.keys[at].k0 != 0; kick++ {
			if kick == 100 {
				return false
			}
			// Evict what the slot holds, to its other slot.
			k, s.keys[at] = s.keys[at], k
			a, b := s.keySlots(k.k0, k.k1)
			if at == a {
				at = b
			} else {
				at = a
			}
		}
		s.keys[at] = k
	}
	return true
}

// hashSlot uses the top bits of h times an odd constant, as the low bits
// of an FNV hash depend on the low bits of the bytes only, and cluster.
func (s *WordSet) hashSlot(h uint64) int { return int(h * 0x9e3779b97f4a7c15 >> (64 - s.hashBits)) }

// AppendWords appends to dst what s says of every word of text, in the
// order of AppendWordHashes(nil, text): element i stands for its word i,
// with the number of the word of s whose hash that word has (0 when
// none) and its function-word flag. It returns the extended slice.
//
// Text is read 64 bytes at a time: which bytes are ASCII letters and
// digits is a few arithmetic operations on each eight (wordBytes),
// gathered into one bit a byte, so that the words of a block are found
// from the bits of where they start and end, each independently of the
// last, and each word's key is its bytes, loaded whole and put in lower
// case. In a block with bytes outside ASCII or apostrophes inside words
// (appendMixed), what lies around those bytes is read a word at a time
// (appendNext), and a word that may hold more than ASCII letters and
// digits, or is longer than 16 bytes, as AppendWordHashes reads it
// (slowWord). The last 80 bytes or fewer are read a word at a time.
//
// Cost: O(len(text)): per word, a branch-free probe of a table of about
// 24 bytes a word of the set (24 KB for a 3 KB article's); the hash only
// of the words not written in 16 ASCII letters and digits or fewer; no
// allocation beyond growing dst.
func (s *WordSet) AppendWords(dst []SetWord, text string) []SetWord {
	keys, shift := s.keys, s.keyShift
	i := 0
	if len(keys) == 0 {
		return s.appendByHash(dst, text)
	}
	for i+64+16 <= len(text) {
		// Bit k of word says whether text[i+k] is an ASCII letter or
		// digit; odd is not 0 when a byte is outside ASCII or an
		// apostrophe.
		var word, odd uint64
		for k := 0; k < 64; k += 8 {
			v := le64(text[i+k:])
			word |= gather(wordBytes(v)) << k
			odd |= v&highs | zeroBytes(v^'\''*ones)
		}
		if word == ^uint64(0) {
			for end := i + 64; i < end; { // one long word, or more
				dst, i = s.appendNext(dst, text, i)
			}
			continue
		}
		starts := word &^ (word << 1) // i is not inside a word
		ends := ^word & (word << 1)
		next := i + 64
		if word>>63 != 0 {
			// The last word reaches the end of the block: the next
			// block starts with it.
			last := 63 - bits.LeadingZeros64(starts)
			starts &^= 1 << last
			next = i + last
		}
		if odd != 0 {
			if high, apos := specials(text[i:i+64], word); high|apos != 0 {
				dst, i = s.appendMixed(dst, text, i, next, starts, ends, high, apos)
				continue
			}
		}
		for starts != 0 {
			p, e := bits.TrailingZeros64(starts), bits.TrailingZeros64(ends)
			starts &= starts - 1
			ends &= ends - 1
			if e-p > 16 {
				_, w := s.slowWord(text, i+p)
				dst = append(dst, w)
				continue
			}
			// asciiWord and lookupKey, written out (a call a word
			// costs a tenth of the scan): the word's bytes in lower
			// case, and its two slots.
			m := &keyMasks[e-p]
			k0 := (le64(text[i+p:]) | 0x20*ones) & m[0]
			k1 := (le64(text[i+p+8:]) | 0x20*ones) & m[1]
			x := keyMix(k0, k1)
			ka, kb := &keys[x>>(shift&63)], &keys[int(x>>16)&(len(keys)-1)]
			dst = append(dst, ka.word&same(ka, k0, k1)|kb.word&same(kb, k0, k1))
		}
		i = next
	}
	for i+16 <= len(text) {
		dst, i = s.appendNext(dst, text, i)
	}
	return s.appendRest(dst, text, i)
}

// appendByHash is AppendWords for a set without s.keys: every word
// hashed and looked up by its hash.
func (s *WordSet) appendByHash(dst []SetWord, text string) []SetWord {
	return s.appendRest(dst, text, 0)
}

// appendRest is AppendWords for the words of text from i (not inside a
// word) on, a byte at a time: for the last bytes of a text, where eight
// cannot be loaded at once.
func (s *WordSet) appendRest(dst []SetWord, text string, i int) []SetWord {
	for i < len(text) {
		c := text[i]
		if asciiWordByte[c] == 0 {
			if c < utf8.RuneSelf {
				i++ // a separator; an apostrophe out of a word too
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !IsWordRune(r) {
				i += size
				continue
			}
			var w SetWord
			i, w = s.slowWord(text, i)
			dst = append(dst, w)
			continue
		}
		j := i + 1
		for j < len(text) && asciiWordByte[text[j]] != 0 {
			j++
		}
		if j-i > 16 || j < len(text) && (text[j] == '\'' || text[j] >= utf8.RuneSelf && goesOn(text[j:])) || len(s.keys) == 0 {
			var w SetWord
			i, w = s.slowWord(text, i)
			dst = append(dst, w)
			continue
		}
		var k0, k1 uint64
		for k := i; k < j; k++ {
			if k-i < 8 {
				k0 |= uint64(asciiWordByte[text[k]]) << (8 * (k - i))
			} else {
				k1 |= uint64(asciiWordByte[text[k]]) << (8 * (k - i - 8))
			}
		}
		dst = append(dst, s.lookupKey(k0, k1))
		i = j
	}
	return dst
}

// appendNext appends what s says of the next word of text from i (not
// inside a word; i+16 ≤ len(text)) and returns where it ends; it may
// return past separators only, having found no word in the next eight
// bytes, or stop at a word that starts 16 bytes or less before the end.
func (s *WordSet) appendNext(dst []SetWord, text string, i int) ([]SetWord, int) {
	v := le64(text[i:])
	stop := wordBytes(v) | v&highs
	if stop == 0 {
		return dst, i + 8 // separators only
	}
	i += bits.TrailingZeros64(stop) >> 3
	if i+16 > len(text) {
		return dst, i
	}
	if text[i] >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !IsWordRune(r) {
			return dst, i + size
		}
		i, w := s.slowWord(text, i)
		return append(dst, w), i
	}
	// A word of ASCII letters and digits starts at i; n is where it
	// stops.
	n := 16
	if e := ^wordBytes(le64(text[i:])) & highs; e != 0 {
		n = bits.TrailingZeros64(e) >> 3
	} else if e := ^wordBytes(le64(text[i+8:])) & highs; e != 0 {
		n = 8 + bits.TrailingZeros64(e)>>3
	}
	end := i + n // past the word and what ends it, when that is a rune outside ASCII
	if n < 16 && text[i+n] >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(text[i+n:])
		if IsWordRune(r) || r == '’' || r == 'ʼ' {
			n = 16 // the word goes on
		}
		end += size
	}
	if n == 16 || text[i+n] == '\'' {
		i, w := s.slowWord(text, i)
		return append(dst, w), i
	}
	return append(dst, s.asciiWord(text, i, n)), end
}

// asciiWord returns what s says of the word of n ASCII letters and digits
// at text[i] (i+16 ≤ len(text)), a word of its own.
func (s *WordSet) asciiWord(text string, i, n int) SetWord {
	if n > 16 {
		_, w := s.slowWord(text, i)
		return w
	}
	// Every byte of the word is a letter or a digit: in lower case,
	// itself with the 0x20 bit set.
	m := &keyMasks[n]
	return s.lookupKey((le64(text[i:])|0x20*ones)&m[0], (le64(text[i+8:])|0x20*ones)&m[1])
}

// keyMasks[n] keeps the n first bytes of 16 (the low n bytes of two
// little-endian words).
var keyMasks = func() (m [17][2]uint64) {
	for n := range m {
		m[n] = [2]uint64{lowMask(n), lowMask(n - 8)}
	}
	return m
}()

// specials returns, for the block b (64 bytes), a bit for each byte
// outside ASCII (high), and for each apostrophe after a byte whose bit
// is set in word, an ASCII letter or digit (apos).
func specials(b string, word uint64) (high, apos uint64) {
	for k := 0; k < 64; k += 8 {
		v := le64(b[k:])
		high |= gather(v&highs) << k
		apos |= gather(zeroBytes(v^'\''*ones)) << k
	}
	return high, apos & (word << 1)
}

// appendMixed reads the words of the block of 64 bytes at text[i] that
// has bytes outside ASCII (high) or apostrophes inside words (apos):
// the words of ASCII letters and digits (starts, ends) are looked up by
// their bytes as in a plain block, unless what follows may continue the
// word (an apostrophe, a letter outside ASCII) and the word is read as
// AppendWordHashes reads it (slowWord); the bytes outside ASCII between
// them are read a word at a time (appendNext), as they may start words.
// It returns where the next block starts: next, or past it when a word
// read goes beyond.
func (s *WordSet) appendMixed(dst []SetWord, text string, i, next int, starts, ends, high, apos uint64) ([]SetWord, int) {
	pos := i // what is before pos has been read
	for starts != 0 {
		p, e := i+bits.TrailingZeros64(starts), i+bits.TrailingZeros64(ends)
		starts &= starts - 1
		ends &= ends - 1
		if p < pos {
			continue // read with a word before
		}
		if high>>(pos-i)<<(pos-i)<<(63-(p-1-i))>>(63-(p-1-i)) != 0 && p > pos {
			// Bytes outside ASCII before the word: they may start a
			// word, which may take in this one.
			for pos < p {
				dst, pos = s.appendNext(dst, text, pos)
			}
			if pos > p {
				continue
			}
		}
		end := e - i // 0 to 63: the block's bits; the word ends in it
		if apos>>end&1 != 0 || high>>end&1 != 0 && goesOn(text[e:]) || e-p > 16 {
			var w SetWord
			pos, w = s.slowWord(text, p)
			dst = append(dst, w)
			continue
		}
		dst = append(dst, s.asciiWord(text, p, e-p))
		pos = e
	}
	for pos < next {
		dst, pos = s.appendNext(dst, text, pos)
	}
	return dst, pos
}

// gather returns the high bits of the eight bytes of x (the others
// clear) as the eight low bits of the result, the byte at the lowest
// address first.
func gather(x uint64) uint64 { return (x >> 7) * 0x0102040810204080 >> 56 }

// zeroBytes returns the high bit of each byte of x that is zero, and
// perhaps of bytes above a zero byte (the borrow of the subtraction),
// never of bytes below one: a byte-wise test where false positives only
// follow a true one.
func zeroBytes(x uint64) uint64 { return (x - ones) &^ x & highs }

// goesOn reports whether a word that reaches the start of rest, a rune
// outside ASCII, goes on: it is a letter, digit or mark, or an
// apostrophe (’ ʼ), which AppendWordHashes drops inside a word.
func goesOn(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return IsWordRune(r) || r == '’' || r == 'ʼ'
}

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// wordBytes returns, in the high bit of each byte, whether that byte of
// v is an ASCII letter or digit: each byte (high bit cleared) is
// compared with the bounds of the ranges by additions that set its high
// bit and carry no further, the letters in lower case; bytes of 0x80
// and above are none.
func wordBytes(v uint64) uint64 {
	x := v &^ highs
	l := x | 0x20*ones
	letter := (l + (0x80-'a')*ones) &^ (l + (0x7f-'z')*ones)
	digit := (x + (0x80-'0')*ones) &^ (x + (0x7f-'9')*ones)
	return (letter | digit) & highs &^ v
}

// le64 returns the first eight bytes of s, little-endian.
func le64(s string) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s), 8)[:8:8])
}

// lookupKey returns what s says of the word whose lower-case bytes are
// k0, k1 (little-endian, zero above the word).
func (s *WordSet) lookupKey(k0, k1 uint64) SetWord {
	x := keyMix(k0, k1)
	ka, kb := &s.keys[x>>(s.keyShift&63)], &s.keys[int(x>>16)&(len(s.keys)-1)]
	// At most one slot holds the word: each slot's word is kept under a
	// mask of all ones when the slot holds the word and of zeros
	// otherwise, so that whether the word is in the set takes no branch
	// (it is as likely as not).
	return ka.word&same(ka, k0, k1) | kb.word&same(kb, k0, k1)
}

// same returns all ones when slot k holds the word k0, k1, and 0 when
// not, without a branch.
func same(k *keySlot, k0, k1 uint64) SetWord {
	d := k.k0 ^ k0 | k.k1 ^ k1
	return SetWord((d|-d)>>63) - 1
}

// lowMask has the low n bytes set (none when n ≤ 0, all when n ≥ 8).
func lowMask(n int) uint64 {
	return ^uint64(0) >> (64 - 8*uint(min(max(n, 0), 8)))
}

func boolWord(b bool) SetWord {
	if b {
		return 1
	}
	return 0
}

// slowWord reads the word that starts at text[i] as AppendWordHashes
// does, hashes it and looks it up by its hash. It returns where the word
// ends and what s says of it.
func (s *WordSet) slowWord(text string, i int) (int, SetWord) {
	h, ascii := uint64(fnvOffset), true
	for i < len(text) {
		c := text[i]
		if l := asciiWordByte[c]; l != 0 {
			h = (h ^ uint64(l)) * fnvPrime
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if c != '\'' {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case IsWordRune(r):
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
				h = (h ^ uint64(b)) * fnvPrime
			}
			ascii = false
		case r == '’' || r == 'ʼ':
		default:
			return i, s.lookupHash(h, ascii)
		}
		i += size
	}
	return i, s.lookupHash(h, ascii)
}

// lookupHash returns what s says of a word of hash h, written in ASCII
// or not.
func (s *WordSet) lookupHash(h uint64, ascii bool) SetWord {
	w := s.zeroWord
	if h != 0 {
		w = 0
		mask := len(s.byHash) - 1
		for p := s.hashSlot(h); s.byHash[p] != 0; p = (p + 1) & mask {
			if s.byHash[p] == h {
				w = s.hashWord[p]
				break
			}
		}
	}
	return SetWord(w<<1) | boolWord(ascii && s.fn[w])
}
