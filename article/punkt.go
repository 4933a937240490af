package article

import (
	_ "embed"
	"maps"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"

	"github.com/wirediff/wirediff/internal/lines"
)

// The English Punkt model is compiled in (made by internal/genpunkt from
// the model that github.com/neurosnap/sentences ships) rather than loaded
// from the library: the library keeps it as gzip-compressed JSON and
// decodes it by reflection on every load, about 25 ms. Its few hundred
// abbreviations, collocations and sentence starters are Go map literals
// (punkt_english.go); its orthographic context, about 14,700 words, is a
// sorted table searched in place (punkt_ortho.txt), because building a map
// of it costs a few milliseconds and a megabyte of fresh pages, which is
// most of what segmenting a news article pair costs. A test checks that
// the model finds the same sentences as the library's.
//
//go:generate go run ./internal/genpunkt -out punkt_english.go -ortho punkt_ortho.txt

// punktOrtho is the orthographic context of the English model: a line
// "word flags" for each word seen in lower case (internal/genpunkt's
// seenLower says why the others are left out), sorted.
//
//go:embed punkt_ortho.txt
var punktOrtho string

// punktStorage returns a new copy of the whole English Punkt model, for
// english.NewSentenceTokenizer (which adds abbreviations of its own to
// it). Cost: about 15,000 map insertions (a few milliseconds, 1 MB).
func punktStorage() *sentences.Storage {
	s := englishPunktSets()
	s.OrthoContext = make(sentences.SetString, strings.Count(punktOrtho, "\n"))
	for rest := punktOrtho; rest != ""; {
		line, next, _ := strings.Cut(rest, "\n")
		rest = next
		word, flags, _ := strings.Cut(line, " ")
		s.OrthoContext[word] = orthoFlags(flags)
	}
	return s
}

// orthoFlags reads the flags of a line of punktOrtho (internal/genpunkt
// writes them, a test reads them all: a bad one reads as 0).
func orthoFlags(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// A punktSource gives Punkt tokenizers to the paragraphs that one
// goroutine segments, one paragraph at a time.
//
// Punkt reads a word's orthographic context as a plain map lookup, and a
// word absent from the map reads as context 0, the same as a word the
// model has with flags 0. So a tokenizer whose map holds just the words
// of the paragraphs it has been given, each with its flags from the model
// or 0, decides every boundary as the whole model does. A source starts
// with such a map, empty, and fills it from punktOrtho before each
// paragraph (a binary search per new word: about a microsecond); it
// shares the small sets, read only. Past orthoLookupBudget words looked
// up in the whole process, a lookup is no longer cheaper than the whole
// map built once (several sources, many articles: an N-way run), and
// every source then hands out the shared tokenizer of punkt.
//
// A punktSource is not safe for concurrent use; its zero value is ready.
type punktSource struct {
	tok   *sentences.DefaultSentenceTokenizer // nil until the first paragraph
	ortho sentences.SetString                 // tok's orthographic context
	word  *english.WordTokenizer              // the model's word types
	said  map[punktKey]bool                   // Punkt's answers so far (see punktSaysAt)
}

// orthoLookupBudget is the number of words that punktSources look up in
// punktOrtho in a process before handing out the shared model instead: the
// lookups it allows cost about what building the whole map costs (a
// news article pair looks up a few hundred).
const orthoLookupBudget = 4096

// orthoLookups counts the words looked up by all punktSources.
var orthoLookups atomic.Int64

// punktShared holds the small sets of the model, read only, for the
// punktSources.
var punktShared = sync.OnceValue(englishPunktSets)

// tokenizer returns a tokenizer that decides tokens as the whole model
// does: s's own (see own) while the process's lookups are within
// orthoLookupBudget, else the shared one; nil if none can be made.
func (s *punktSource) tokenizer(tokens []*sentences.Token) *sentences.DefaultSentenceTokenizer {
	if s == nil || orthoLookups.Load() >= orthoLookupBudget {
		return punkt()
	}
	if tok := s.own(tokens); tok != nil {
		return tok
	}
	return punkt()
}

// own returns s's tokenizer with the orthographic context of every type
// Punkt may read for tokens, looking up the types it has not met before
// (and counting them in orthoLookups); nil if the tokenizer cannot be
// made.
func (s *punktSource) own(tokens []*sentences.Token) *sentences.DefaultSentenceTokenizer {
	if s.tok == nil {
		sets := punktShared()
		s.ortho = sentences.SetString{}
		storage := &sentences.Storage{
			// NewSentenceTokenizer adds to the abbreviations: a copy.
			AbbrevTypes:  maps.Clone(sets.AbbrevTypes),
			Collocations: sets.Collocations,
			SentStarters: sets.SentStarters,
			OrthoContext: s.ortho,
		}
		tok, err := english.NewSentenceTokenizer(storage)
		if err != nil {
			return nil
		}
		s.tok = tok
		s.word = english.NewWordTokenizer(tok.PunctStrings)
	}
	var looked int64
	for _, t := range tokens {
		// Punkt reads a token's context under its type, with or without
		// a final full stop (TypeNoSentPeriod).
		for _, typ := range [2]string{s.word.Type(t), s.word.TypeNoPeriod(t)} {
			if _, ok := s.ortho[typ]; ok {
				continue
			}
			flags := 0
			if f, ok := lines.Find(punktOrtho, typ); ok {
				flags = orthoFlags(f)
			}
			s.ortho[typ] = flags
			looked++
		}
	}
	orthoLookups.Add(looked)
	return s.tok
}
