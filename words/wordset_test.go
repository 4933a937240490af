package words

import (
	"strings"
	"testing"
)

// checkWordSet fails t when s.AppendWords(text) disagrees with
// AppendWordHashes(text) looked up in the hashes of s.
func checkWordSet(t *testing.T, s *WordSet, text string) {
	t.Helper()
	index := map[uint64]int{}
	for i := 1; i <= s.Len(); i++ {
		index[s.Hash(i)] = i
	}
	hs := AppendWordHashes(nil, text)
	got := s.AppendWords(nil, text)
	if len(got) != len(hs) {
		t.Fatalf("%.60q: %d words, AppendWordHashes %d", text, len(got), len(hs))
	}
	for i, w := range hs {
		want := index[w.Hash] // 0 when none
		if got[i].Index() != want || got[i].Function() != w.Function {
			t.Fatalf("%.60q: word %d is (%d, %v), want (%d, %v)", text, i, got[i].Index(), got[i].Function(), want, w.Function)
		}
	}
}

// A WordSet finds the words of AppendWordHashes that have the hash of a
// word of the set, and flags function words as it does: on the seed
// articles (each as the set, against all of them) and on awkward text.
func TestWordSetMatchesWordHashes(t *testing.T) {
	texts := []string{
		"", "a", "A", "'", "x'", "'x", "don't DON’T donʼt dont", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
		"abcdefghijklmnop abcdefghijklmnopq ABCDEFGH abcdefghi 12345678 Meloni's melonis MELONI’S",
		"Città di Milano, ÉTÉ — isn't it? 3.5% of 1,200 ʼquotedʼ words", "naïveté’s café-au-lait ÀÉÎÕÜ",
		"\xff\xfeabc\xc3", "a\x00b\x7fc", "İstanbul ΣΟΦΊΑ straße İ i I", "[@`{/:]", "The AND of in because between through",
		"word—word “quoted” end.", "KELVIN \u212a k K",
		"abcdefghijklmnop ijklmnopabcdefgh ABCDEFGHIJKLMNOP abcdefgh ijklmnop abcdefghijklmno",
	}
	texts = append(texts, seedTexts(t)...)
	sets := []*WordSet{NewWordSet(), NewWordSet(texts[:18]...)}
	for _, text := range texts {
		sets = append(sets, NewWordSet(text))
	}
	// A set whose words are looked up by hash only (see buildKeys).
	byHash := NewWordSet(texts[:18]...)
	byHash.keys, byHash.keyShift = nil, 0
	sets = append(sets, byHash)
	for _, s := range sets {
		for _, text := range texts {
			checkWordSet(t, s, text)
		}
	}
}

// Three words of the same keyMix cannot be placed in a cuckoo table of
// two slots a word, whatever its size: buildKeys gives up (and returns)
// instead of growing the table without end.
func TestWordSetKeysGiveUp(t *testing.T) {
	var keys []keySlot
	for k1 := uint64(1); k1 <= 3; k1++ {
		keys = append(keys, keySlot{k0: 0x6161616161616161 ^ k1*0xc2b2ae3d27d4eb4f, k1: k1, word: SetWord(2 * k1)})
	}
	if keyMix(keys[0].k0, keys[0].k1) != keyMix(keys[2].k0, keys[2].k1) {
		t.Fatal("the keys do not collide; the test tests nothing")
	}
	var s WordSet
	s.buildKeys(keys)
	if s.keys != nil {
		t.Errorf("%d slots for three keys that cannot be placed", len(s.keys))
	}
}

func FuzzWordSet(f *testing.F) {
	for _, s := range []string{"Milan’s mayor", "abc'def q", "ÉTÉ 3.5%", "\xffa", "The and", "İ i", "abcdefghijklmnopq"} {
		f.Add(s, "The mayor of milans said İ abc def")
	}
	f.Fuzz(func(t *testing.T, set, text string) {
		s := NewWordSet(set)
		checkWordSet(t, s, text)
		checkWordSet(t, s, set)
		// Long enough to be read 64 bytes at a time.
		checkWordSet(t, s, strings.Repeat(text, 100/(len(text)+1)+2))
	})
}

// BenchmarkWordSet looks the words of the seed articles up in the set of
// the words of the first (the wire), as a search does in every file.
func BenchmarkWordSet(b *testing.B) {
	texts := seedTexts(b)
	s := NewWordSet(texts[0])
	var all string
	for _, t := range texts[1:] {
		all += t
	}
	b.SetBytes(int64(len(all)))
	b.ReportAllocs()
	var buf []SetWord
	for b.Loop() {
		buf = s.AppendWords(buf[:0], all)
	}
}
