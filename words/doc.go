// Package words says what a word is, once, for every part of wirediff:
// the sentence aligner (align), the editorial checks (check), the corpus
// search (corpus) and the evaluation (align/eval). Two parts that cut or
// compare words differently would disagree about what changed, so the
// rules live here and nowhere else.
//
// A word rune is a letter, a digit or a combining mark (IsWordRune);
// everything else separates words. On top of that one classifier:
//
//   - Tokenize cuts a text into word, space and punctuation tokens that
//     cover it exactly, each rune of a script written without spaces
//     (IsScriptio) a word of its own: the units of a word diff and of
//     stemming; NumberEnd reads "102.5" or "1,000" across its tokens.
//   - Compounds joins those words into the words a reader counts: across
//     an inner apostrophe or hyphen ("don’t", "out-of-control"), the
//     separators of a number ("1,000", "102.5") and the dots of an
//     initialism ("U.S."), and marks the first word of each sentence.
//     Quotations, names and facts are read on compounds.
//   - Shingles hashes runs of consecutive words, apostrophes dropped, to
//     find reused text fast.
//
// The aligner and the checks read figures from the same words: number
// words and scale words (NumberWord, ScaleWord) and what a figure measures
// (Unit: money, a percentage, or nothing said; CurrencySigns,
// IsCurrencySign, UnitWord).
//
// Comparison keys fold what publishers vary without meaning to: Normalize
// (a sentence: curly and straight quotes, dashes and hyphens, every kind
// of space, an ellipsis, case), Fold (the same, case kept, for a word
// diff), Key and Bare (a single word: case, apostrophes and hyphens; Bare
// also a possessive and the dots of an abbreviation). SpellingVariant
// tells British from American spellings of one word, which count as no
// edit; Confused tells two words often written for one another ("its"
// and "it's", "their" and "there"), which a spelling check cannot; Opposite
// two words that say the opposite ("rose", "fell"). Unaccented drops the
// accents many outlets do not write ("Chrétien", "Chretien"). NameForm
// and SameGivenName say when two names are one written in other forms
// ("U.S." and "American", "Tenn." and "Tennessee"; "Bill" and "William").
//
// Cost: every function is one pass over its input, allocation-light (the
// tokenizers allocate their result; Shingles only grows its dst); nothing
// here keeps state but tables built once on first use and only read
// after, so all of it is safe for concurrent use.
package words
