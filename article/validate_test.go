package article

import "testing"

// The bytes of a paragraph that no sentence covers must be spaces: before
// the first sentence, between two, after the last, and in a paragraph
// with no sentence at all.
func TestValidateCoverage(t *testing.T) {
	text := "One two. Three.\n\nFour five."
	para := []Paragraph{{Start: 0, End: 15}, {Start: 17, End: 27}}
	sent := func(p, start, end int) Sentence {
		return Sentence{Paragraph: p, Start: start, End: end, Text: text[start:end]}
	}
	for _, tt := range []struct {
		name  string
		sents []Sentence
		want  string
	}{
		{"covered", []Sentence{sent(0, 0, 8), sent(0, 9, 15), sent(1, 17, 27)}, ""},
		{"one sentence a paragraph", []Sentence{sent(0, 0, 15), sent(1, 17, 27)}, ""},
		{"before the first", []Sentence{sent(0, 4, 8), sent(0, 9, 15), sent(1, 17, 27)}, `byte 0 ('O') of paragraph 0 is in no sentence`},
		{"between two", []Sentence{sent(0, 0, 3), sent(0, 9, 15), sent(1, 17, 27)}, `byte 4 ('t') of paragraph 0 is in no sentence`},
		{"after the last", []Sentence{sent(0, 0, 8), sent(0, 9, 15), sent(1, 17, 21)}, `byte 22 ('f') of paragraph 1 is in no sentence`},
		{"a paragraph without sentences", []Sentence{sent(0, 0, 8), sent(0, 9, 15)}, `byte 17 ('F') of paragraph 1 is in no sentence`},
		{"no sentences", nil, `byte 0 ('O') of paragraph 0 is in no sentence`},
	} {
		d := &Document{Text: text, Paragraphs: para, Sentences: tt.sents}
		err := d.Validate()
		if got := ""; err != nil {
			got = err.Error()
			if got != tt.want {
				t.Errorf("%s: Validate() = %q, want %q", tt.name, got, tt.want)
			}
		} else if tt.want != "" {
			t.Errorf("%s: Validate() = nil, want %q", tt.name, tt.want)
		}
	}
}
