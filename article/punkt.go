package article

import "github.com/neurosnap/sentences"

// The English Punkt model is compiled in (punkt_english.go, made by
// internal/genpunkt from the model that github.com/neurosnap/sentences
// ships) rather than loaded from the library: the library keeps it as
// gzip-compressed JSON and decodes it by reflection on every load, about
// 25 ms, where building the maps from Go literals costs about a
// millisecond. A test checks that both find the same sentences.
//
//go:generate go run ./internal/genpunkt -out punkt_english.go

// punktStorage returns a new copy of the English Punkt model (its
// orthographic context without the words never seen in lower case, which
// answer as unknown words do: internal/genpunkt), for
// english.NewSentenceTokenizer (which adds abbreviations of its own to
// it). Cost: about a millisecond and 1 MB, paid once by punkt.
func punktStorage() *sentences.Storage { return englishPunktStorage() }
