package gendoc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitText cuts a plain text into paragraphs (separated by blank lines,
// hard-wrapped lines joined) of sentences. The sentence splitter is
// deliberately simple — end punctuation, optional closing quotes, space,
// then a capital, digit or opening quote, with a few abbreviations and
// list markers excepted — because the generator only needs units that
// read as sentences; the ground truth is kept as byte spans, so a parser
// that segments differently can still be scored.
func splitText(text string) [][]string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var paras [][]string
	for _, block := range strings.Split(text, "\n\n") {
		p := strings.Join(strings.Fields(block), " ")
		if p == "" {
			continue
		}
		if s := splitSentences(p); len(s) > 0 {
			paras = append(paras, s)
		}
	}
	return paras
}

// abbreviations are words that end with a period without ending a sentence.
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "etc": true, "vs": true, "Mr": true, "Mrs": true, "Ms": true,
	"Dr": true, "Inc": true, "Co": true, "Ltd": true, "Corp": true, "Jr": true, "Sr": true,
	"St": true, "No": true, "U.S": true, "U.K": true, "Feb": true, "Jan": true, "Bros": true,
}

// splitSentences splits one paragraph (single spaces only) into sentences.
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// Extend over closing quotes and brackets.
		j := i + 1
		for j < len(p) {
			r, n := utf8.DecodeRuneInString(p[j:])
			if !strings.ContainsRune(`"')]’”`, r) {
				break
			}
			j += n
		}
		if j >= len(p) || p[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[j+1:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune(`"'(“‘`, next) {
			continue
		}
		if c == '.' && !endsSentence(p[start:i]) {
			continue
		}
		out = append(out, p[start:j])
		start = j + 1
		i = j
	}
	if start < len(p) {
		out = append(out, p[start:])
	}
	return out
}

// endsSentence reports whether a period after s ends a sentence: not after
// an abbreviation, an initial or a list marker such as "1" or "a".
func endsSentence(s string) bool {
	k := strings.LastIndexByte(s, ' ')
	w := strings.TrimLeft(s[k+1:], `("'“‘`)
	if abbreviations[w] {
		return false
	}
	if n := utf8.RuneCountInString(w); n == 1 || (n <= 3 && strings.Trim(w, "0123456789") == "") {
		return false
	}
	return true
}
