package check

import (
	"slices"
	"strings"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// speechVerbs are the verbs that attribute a quotation, in every form
// news copy uses them ("said", "tells", "posted on X", "the letter
// opens"), folded to lower case.
var speechVerbs = wordSet(`said say says saying told tell tells telling added add adds adding
	posted posts posting wrote write writes writing stated states stating declared declares declaring
	warned warns warning urged urges urging asked asks asking replied replies replying continued
	continues continuing explained explains explaining insisted insists insisting argued argues
	arguing noted notes noting tweeted tweets tweeting read reads opens opened claimed claims claiming
	announced announces announcing commented comments commenting recalled recalls recalling
	acknowledged acknowledges admitted admits stressed stresses stressing emphasised emphasized
	emphasises emphasizes emphasising emphasizing concluded concludes called calls calling described
	describes describing echoed echoes responded responds responding pleaded pleads shouted yelled
	cried whispered testified texted quipped joked suggested suggests predicted vowed vows promised
	threatened demanded demands complained complains conceded boasted lamented laments remarked
	observed explains wondered asserted asserts maintained maintains countered`)

// subjectCut are words that end the noun phrase before a verb: what
// follows them is a time, a place, an adverb or a clause, not the
// speaker ("The Department of Homeland Security on Tuesday echoed").
var subjectCut = wordSet(`on in at during after before this last late early earlier later also
	likewise then again previously recently separately meanwhile yesterday today tonight now once
	himself herself themselves itself however too further still has have had was were is are will
	would could should may might must who which that whose to for from with by via through while when
	as not never who's reportedly publicly privately repeatedly`)

// subjectSkip are words that may open a clause before its subject.
var subjectSkip = wordSet(`and but yet so while as when then also meanwhile however instead separately likewise later earlier still now`)

// notSubject are words a subject cannot start with.
var notSubject = wordSet(`to for from with by of in on at that which who whose whether if because than about into
	what how why where there here it's`)

var pronouns = wordSet(`he she they it we`)

// titles are the words that name a post held by a person and come before
// the name ("Milan Mayor Giuseppe Sala", "Prime Minister Giuseppe Conte").
// Only a title makes the words before a name droppable: "the Italian
// Interior Ministry" keeps its words.
var titles = wordSet(`president minister mayor secretary ambassador senator sen governor gov
	chancellor premier judge dr mr mrs ms sir dame general gen chief director representative rep
	commissioner spokesperson spokesman spokeswoman lord lady king queen prince princess pope cardinal
	bishop rabbi imam councillor councilor mp mep sheriff officer captain colonel lieutenant sergeant
	professor prof coach ceo chairman chairwoman chair leader speaker attorney justice politician
	prosecutor superintendent commander admiral envoy adviser advisor lawyer detective`)

// nameLinks may stand inside a name ("Department of Homeland Security").
var nameLinks = wordSet(`of the and for de di da del della van von der al bin le la`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// A phrase is who a stretch of text says is speaking.
type phrase struct {
	text    string // as shown
	key     string // the head word, folded: "sala", "spokesperson"
	proper  bool   // a name rather than a description
	pronoun bool
	ok      bool
	// conf is the confidence of a speaker taken from an earlier
	// quotation (see Quote.SpeakerConfidence); 0 when the phrase names
	// the speaker itself.
	conf float64
}

// An attributor attributes the quotations of one document.
type attributor struct {
	d *article.Document
	w *docWords
	// names are the folded capitalised words that occur other than at
	// the start of a sentence: proper nouns, whatever the word list says
	// ("Conte" is also a word).
	names map[string]bool
	// persons are the people the text names, byKey finds them by the
	// last word of their name, and mentions says where the text names
	// them, in text order (see people.go): what "he", "she" and "the
	// minister" refer back to.
	persons  []person
	byKey    map[string]int
	mentions []personMention
	// While findPeople reads role nouns, mentions holds the names and
	// roleMentions the role nouns read so far (both in text order, so
	// that resolveRole searches them, see lastMention); findPeople then
	// joins them. mentionsSorted says whether mentions is in order of
	// offset, mentionsOrdered (once findPeople is done) whether it is
	// in order of offset and of sentence (see mentionsWithin).
	roleMentions                    []personMention
	mentionsSorted, mentionsOrdered bool
}

// attribute sets the Speaker of each quotation of d. Cost: linear in the
// text, with a window of a few dozen words per quotation.
func attribute(w *docWords, qs []quote) {
	a := &attributor{d: w.d, w: w, names: w.names}
	a.findPeople(qs)
	var quoteMentions []personMention // the speakers of the quotations so far
	quotesOrdered := true             // quoteMentions is in order (see mentionsInOrder)
	for i := range qs {
		q := &qs[i]
		p := a.speaker(qs, i)
		conf := p.conf
		switch {
		case p.pronoun:
			g := genderOf(p.key)
			p = phrase{}
			if g != genderUnknown {
				if pi, c := a.resolvePronoun(q.Start, g, quoteMentions, quotesOrdered); pi >= 0 {
					p, conf = a.personPhrase(pi), c
				}
			}
		case p.ok && !p.proper:
			if pi, c := a.roleNoun(p, q.Start); pi >= 0 {
				p, conf = a.personPhrase(pi), c
			} else {
				p, conf = a.definite(p, qs[:i])
			}
		case p.ok && conf == 0:
			conf = speakerNamed
		}
		if p.ok {
			q.Speaker, q.proper, q.speakerKey, q.SpeakerConfidence = p.text, p.proper, p.key, conf
			if pi, ok := a.byKey[p.key]; ok && p.proper {
				m := personMention{at: q.End - 1, sentence: sentenceAt(a.d, q.End-1), person: pi, subject: true}
				if n := len(quoteMentions); n > 0 && (m.at < quoteMentions[n-1].at || m.sentence < quoteMentions[n-1].sentence) {
					quotesOrdered = false
				}
				quoteMentions = append(quoteMentions, m)
			}
		}
	}
	// A quotation with no attribution of its own takes its group's
	// (that of the first quotation of the group that has one).
	first := map[int]int{}
	for i := range qs {
		if _, ok := first[qs[i].group]; !ok && qs[i].Speaker != "" {
			first[qs[i].group] = i
		}
	}
	for i := range qs {
		if j, ok := first[qs[i].group]; ok && qs[i].Speaker == "" {
			qs[i].Speaker, qs[i].proper, qs[i].speakerKey, qs[i].SpeakerConfidence = qs[j].Speaker, qs[j].proper, qs[j].speakerKey, qs[j].SpeakerConfidence
		}
	}
}

// personPhrase returns person i as a speaker, by the fullest name the
// text gives them.
func (a *attributor) personPhrase(i int) phrase {
	return phrase{text: a.persons[i].name, key: a.persons[i].key, proper: true, ok: true}
}

// roleNoun resolves a definite description of a post ("the minister",
// "the interior minister", "the spokeswoman") at byte at to the person
// the text introduced with it (see resolveRole), or returns -1.
func (a *attributor) roleNoun(p phrase, at int) (int, float64) {
	rest, ok := strings.CutPrefix(strings.ToLower(p.text), "the ")
	if !ok {
		return -1, 0
	}
	desc := words.Compounds(rest, 0, false)
	if len(desc) == 0 || len(desc) > 4 || !titles[words.Key(desc[len(desc)-1].Text)] {
		return -1, 0
	}
	return a.resolveRole(desc, at)
}

// definite resolves "the spokesperson" to a speaker with the same head
// word ("a DHS spokesperson") among the last 20 quotations, so both count
// as one speaker, with that speaker's confidence; a description it cannot
// resolve names nobody for sure (confidence 0).
func (a *attributor) definite(p phrase, earlier []quote) (phrase, float64) {
	if !strings.HasPrefix(strings.ToLower(p.text), "the ") {
		return p, 0
	}
	for i := len(earlier) - 1; i >= max(0, len(earlier)-20); i-- {
		if e := earlier[i]; e.Speaker != "" && e.speakerKey == p.key {
			return phrase{text: e.Speaker, key: e.speakerKey, proper: e.proper, ok: true}, e.SpeakerConfidence
		}
	}
	return p, 0
}

// endsAt reports whether the gap after word t ends a sentence: it holds
// one of the marks stops, but is not the dot of an initial ("Ronald L.
// Kuby", "H. Carl McCall") or of a title ("Gen. Richard Myers") before
// the next word.
func endsAt(gap string, t words.Compound, stops string) bool {
	return strings.ContainsAny(gap, stops) && !abbreviationDot(gap, t)
}

// gap returns the text between token k and token k+1 (or the end of the
// text for the last words.Compound).
func (a *attributor) gap(toks []words.Compound, k int) string {
	end := len(a.d.Text)
	if k+1 < len(toks) {
		end = toks[k+1].Start
	}
	return a.d.Text[toks[k].End:end]
}

// speaker attributes quotation i of qs from the words around it.
func (a *attributor) speaker(qs []quote, i int) phrase {
	q := &qs[i]
	para := a.d.Paragraphs[q.lastPara]
	// After the quotation: up to the next one in the paragraph or the
	// end of the sentence.
	end := para.End
	if i+1 < len(qs) && qs[i+1].Start < end && qs[i+1].Start >= q.End {
		end = qs[i+1].Start
	}
	if p := a.after(q.End, end, endsSentence(a.d.Text, q)); p.ok {
		return p
	}
	// Before it, from the start of its sentence or the end of the
	// quotation before it in the sentence.
	para = a.d.Paragraphs[q.firstPara]
	start := para.Start
	if s := sentenceAt(a.d, q.Start); s >= 0 {
		start = max(start, a.d.Sentences[s].Start)
	}
	var prev *quote
	if i > 0 && qs[i-1].End <= q.Start && qs[i-1].End > start {
		start, prev = qs[i-1].End, &qs[i-1]
	}
	return a.before(start, q.Start, prev)
}

// after reads an attribution in the text from byte start to end, which
// follows a quotation: "— Milan Mayor Giuseppe Sala", "added Sala",
// "according to the ministry", "Sala told RTL", ", a DHS spokesperson
// said".
//
// When the quotation itself ends a sentence (“… out of control.” These
// comments…), only an attribution within its first few words counts
// (“… No!” Sala said.).
func (a *attributor) after(start, end int, ended bool) phrase {
	if start >= end {
		return phrase{}
	}
	toks := a.w.span(start, end)
	if len(toks) == 0 {
		return phrase{}
	}
	lead := a.d.Text[start:toks[0].Start]
	if strings.ContainsAny(lead, ".?!;") {
		return phrase{} // the sentence ended with the quotation
	}
	// The sentence ends at the first full stop between words.
	for k := range toks {
		if k > 0 && endsAt(a.gap(toks, k-1), toks[k-1], ".?!;") {
			toks = toks[:k]
			break
		}
	}
	toks = toks[:min(len(toks), 30)]
	if ended {
		toks = toks[:min(len(toks), 3)]
	}
	if strings.ContainsAny(lead, "—–") || strings.Contains(lead, "--") || strings.Contains(lead, " - ") {
		if p := a.leadingPhrase(toks[:a.clauseEnd(toks, 0)]); p.ok {
			return p
		}
	}
	v := words.Key(toks[0].Text)
	if speechVerbs[v] && !isParticiple(v) && len(toks) > 1 {
		if p := a.leadingPhrase(toks[1:a.clauseEnd(toks, 1)]); p.ok {
			return p
		}
	}
	if v == "according" && len(toks) > 2 && words.Key(toks[1].Text) == "to" {
		if p := a.leadingPhrase(toks[2:a.clauseEnd(toks, 2)]); p.ok {
			return p
		}
	}
	for k := 1; k < len(toks) && k < 14; k++ {
		if isSpeechVerbAt(toks, k) {
			return a.subjectBefore(toks, k, 0)
		}
	}
	return phrase{}
}

// before reads an attribution in the text from byte start to end, which
// comes before a quotation: "Conte urged the government to", "The
// statement said:", "calling the agency". A participle ("telling local
// radio,") takes the speaker of the quotation before it in the sentence,
// or failing that the subject of the sentence.
func (a *attributor) before(start, end int, prev *quote) phrase {
	toks := a.w.span(start, end)
	// Only the last sentence counts.
	for k := len(toks) - 1; k > 0; k-- {
		if endsAt(a.gap(toks, k-1), toks[k-1], ".?!") {
			toks = toks[k:]
			break
		}
	}
	if prev != nil && prev.Speaker != "" && !hasSpeechVerb(toks) {
		// “set -our own limits” and “make clear decisions”
		return phrase{text: prev.Speaker, key: prev.speakerKey, proper: prev.proper, ok: true, conf: prev.SpeakerConfidence}
	}
	for k := len(toks) - 1; k >= 0; k-- {
		w := words.Key(toks[k].Text)
		if !speechVerbs[w] {
			continue
		}
		if !isParticiple(w) {
			if p := a.subjectBefore(toks, k, 0); p.ok {
				return p
			}
		}
		if prev != nil && prev.Speaker != "" {
			return phrase{text: prev.Speaker, key: prev.speakerKey, proper: prev.proper, ok: true, conf: prev.SpeakerConfidence}
		}
		// The subject of the sentence.
		s := sentenceAt(a.d, end)
		if s < 0 {
			return phrase{}
		}
		st := a.w.span(a.d.Sentences[s].Start, end)
		return a.leadingPhrase(st[:a.clauseEnd(st, 0)])
	}
	return phrase{}
}

// clauseEnd returns the index of the first token after toks[from] that
// follows a comma, colon, semicolon, bracket or dash.
func (a *attributor) clauseEnd(toks []words.Compound, from int) int {
	for k := from; k < len(toks); k++ {
		if k+1 < len(toks) && strings.ContainsAny(a.gap(toks, k), ",;:()[]—–") {
			return k + 1
		}
	}
	return len(toks)
}

// subjectBefore returns the speaker that is the subject of the speech
// verb toks[k], reading back no further than toks[lo]. The words right
// before the verb are its subject ("the European Democratic Party said");
// when a comma comes right before the verb, the subject is in apposition
// ("Carlo Calenda, a veteran politician, told"), and the name is preferred
// to the description.
func (a *attributor) subjectBefore(toks []words.Compound, k, lo int) phrase {
	// Split toks[lo:k] into segments at commas and the like, from the verb
	// back: only the first four are read, so the scan stops there (a
	// sentence of thousands of words would otherwise be split whole for
	// each of its speech verbs).
	segs := make([][]words.Compound, 0, 4)
	end := k
	for j := k - 1; j >= lo && len(segs) < 4; j-- {
		if strings.ContainsAny(a.gap(toks, j), ",;:()[]—–\"“”") {
			segs = append(segs, toks[j+1:end])
			end = j + 1
		}
	}
	if len(segs) < 4 {
		segs = append(segs, toks[lo:end])
	}
	// segs[0] is right before the verb, segs[1] before it, and so on.
	if len(segs[0]) > 0 {
		return a.subjectPhrase(segs[0])
	}
	var common phrase
	for _, seg := range segs[1:min(len(segs), 4)] {
		p := a.subjectPhrase(seg)
		if p.ok && (p.proper || p.pronoun) {
			return p
		}
		if p.ok && !common.ok {
			common = p
		}
	}
	return common
}

// bridge are the words that may stand between a subject and its verb:
// adverbs and times ("Calenda likewise urged", "the Department of Homeland
// Security on Tuesday echoed").
var bridge = wordSet(`on in at this last during earlier later also likewise then again previously
	recently separately meanwhile yesterday today tonight now once however too further still
	reportedly publicly privately repeatedly morning afternoon evening night week weekend month year day`)

// subjectPhrase reads the speaker at the end of seg, the words right
// before a speech verb: a pronoun ("what he described"), a name ("U.S.
// Ambassador to Italy Tilman Fertitta said") or a description of six words
// or fewer ("a DHS spokesperson told"). Adverbs and times before the verb
// are skipped. A name may start the sentence ("Tricia McLaughlin, a DHS
// spokesperson, said"), though a first name at the start of a sentence is
// also in the word list.
func (a *attributor) subjectPhrase(seg []words.Compound) phrase {
	for len(seg) > 0 {
		t := seg[len(seg)-1]
		f := words.Key(t.Text)
		if bridge[f] || isDateWord(t.Text) || !words.IsCapitalised(t.Text) && strings.HasSuffix(f, "ly") {
			seg = seg[:len(seg)-1]
			continue
		}
		break
	}
	if len(seg) == 0 {
		return phrase{}
	}
	last := seg[len(seg)-1]
	if pronouns[words.Key(last.Text)] {
		return phrase{text: last.Text, key: words.Key(last.Text), pronoun: true, ok: true}
	}
	if a.isName(last) && !words.HasDigit(last.Text) {
		from := len(seg) - 1
		for from > 0 && a.nameGap(seg[from-1], seg[from]) {
			w := seg[from-1]
			if a.inName(w) || nameLinks[words.Key(w.Text)] && from >= 2 && a.inName(seg[from-2]) && a.plainGap(seg[from-2], w) {
				from--
				continue
			}
			break
		}
		return a.properPhrase(seg[from:])
	}
	from := len(seg) - 1
	for from > 0 && a.plainGap(seg[from-1], seg[from]) && !subjectCut[words.Key(seg[from-1].Text)] {
		from--
	}
	for from < len(seg) && subjectSkip[words.Key(seg[from].Text)] {
		from++
	}
	return a.description(seg[from:])
}

// leadingPhrase reads the speaker at the start of toks: after a dash ("—
// Milan Mayor Giuseppe Sala, RTL 102.5"), after a verb ("added Sala",
// "said the spokesperson"), after "according to", or as the subject of a
// sentence ("The Department of Homeland Security on Tuesday echoed").
func (a *attributor) leadingPhrase(toks []words.Compound) phrase {
	for len(toks) > 0 && subjectSkip[words.Key(toks[0].Text)] {
		toks = toks[1:]
	}
	if len(toks) == 0 || notSubject[words.Key(toks[0].Text)] || speechVerbs[words.Key(toks[0].Text)] {
		return phrase{}
	}
	if pronouns[words.Key(toks[0].Text)] {
		return phrase{text: toks[0].Text, key: words.Key(toks[0].Text), pronoun: true, ok: true}
	}
	// A name, possibly after "the": the run of capitalised words.
	start := 0
	if len(toks) > 1 && words.Key(toks[0].Text) == "the" && a.isName(toks[1]) {
		start = 1
	}
	if a.isName(toks[start]) && !words.HasDigit(toks[start].Text) && !possessive(toks, start) {
		end := start + 1
		for end < len(toks) && a.nameGap(toks[end-1], toks[end]) && !possessive(toks, end-1) {
			if a.isName(toks[end]) && !words.HasDigit(toks[end].Text) {
				end++
				continue
			}
			if nameLinks[words.Key(toks[end].Text)] && end+1 < len(toks) && a.isName(toks[end+1]) && a.plainGap(toks[end], toks[end+1]) {
				end += 2
				continue
			}
			break
		}
		return a.properPhrase(toks[:end])
	}
	// A description, up to a time, an adverb or a clause.
	end := 1
	for end < len(toks) && a.nameGap(toks[end-1], toks[end]) && !subjectCut[words.Key(toks[end].Text)] &&
		!speechVerbs[words.Key(toks[end].Text)] && !(!words.IsCapitalised(toks[end].Text) && strings.HasSuffix(toks[end].Text, "ly")) {
		end++
	}
	toks = toks[:end]
	if a.isName(toks[len(toks)-1]) {
		return a.subjectPhrase(toks) // "Veteran politician Carlo Calenda"
	}
	return a.description(toks)
}

// description returns toks as a speaker who is described rather than
// named ("a DHS spokesperson", "the post"), if they can be one: eight
// words or fewer, not opening with a preposition or a clause word.
func (a *attributor) description(toks []words.Compound) phrase {
	if len(toks) == 0 || len(toks) > 8 || notSubject[words.Key(toks[0].Text)] {
		return phrase{}
	}
	head := toks[len(toks)-1]
	if isDateWord(head.Text) || words.HasDigit(head.Text) || speechVerbs[words.Key(head.Text)] {
		return phrase{}
	}
	if a.isName(head) {
		return a.properPhrase(toks)
	}
	return phrase{text: a.d.Text[toks[0].Start:head.End], key: words.Bare(head.Text), ok: true}
}

// inName reports whether t can be part of a name that ends with a name:
// a name itself, or a capitalised word at the start of a sentence that is
// no function word ("Tricia" in "Tricia McLaughlin", "In" is not).
func (a *attributor) inName(t words.Compound) bool {
	f := words.Key(t.Text)
	return a.isName(t) || words.IsCapitalised(t.Text) && !subjectCut[f] && !notSubject[f] && !subjectSkip[f] && !pronouns[f]
}

// possessive reports whether toks[k] is a name in the possessive before a
// lower-case word: "Italy’s interior ministry" is described, not named.
func possessive(toks []words.Compound, k int) bool {
	f := words.Key(toks[k].Text)
	return strings.HasSuffix(f, "'s") && k+1 < len(toks) && !words.IsCapitalised(toks[k+1].Text)
}

// determiners make the word after them a noun: "These comments followed".
var determiners = wordSet(`the a an these those this that his her their its our my your`)

// isSpeechVerbAt reports whether toks[k] is a speech verb in use as a verb,
// not as a noun after a determiner.
func isSpeechVerbAt(toks []words.Compound, k int) bool {
	w := words.Key(toks[k].Text)
	if !speechVerbs[w] || isParticiple(w) {
		return false
	}
	return k == 0 || !determiners[words.Key(toks[k-1].Text)]
}

// speechVerbAt is isSpeechVerbAt for toks the words of a sentence whose
// first word is word first of the document: the keys are those the
// document holds, read without a search or a new string.
func (a *attributor) speechVerbAt(first, k int) bool {
	w := a.w.keyAt(first + k)
	if !speechVerbs[w] || isParticiple(w) {
		return false
	}
	return k == 0 || !determiners[a.w.keyAt(first+k-1)]
}

// plainGap reports whether only spaces separate tokens t and u.
func (a *attributor) plainGap(t, u words.Compound) bool {
	return strings.TrimSpace(a.d.Text[t.End:u.Start]) == ""
}

// nameGap reports whether the text between t and u may be inside a name:
// spaces, or the dot of an initial or a title before them ("Ronald L.
// Kuby", "Gen. Richard Myers").
func (a *attributor) nameGap(t, u words.Compound) bool {
	return inNameGap(a.d.Text[t.End:u.Start], t)
}

// isName reports whether t is a proper noun: capitalised other than at the
// start of a sentence, an acronym, or at the start of a sentence but
// either capitalised elsewhere in the document or not an English word.
func (a *attributor) isName(t words.Compound) bool {
	if !words.IsCapitalised(t.Text) {
		return false
	}
	if !t.Initial || words.IsAcronym(t.Text) {
		return true
	}
	b := a.w.bare(t)
	return a.names[b] || !isKnownWord(b)
}

// properPhrase returns the name at the end of toks, with any title before
// it left out: "Milan Mayor Giuseppe Sala" gives "Giuseppe Sala", "the
// European Democratic Party" gives "European Democratic Party".
func (a *attributor) properPhrase(toks []words.Compound) phrase {
	i := len(toks) - 1
	for i > 0 {
		w := toks[i-1].Text
		if words.IsCapitalised(w) || nameLinks[words.Key(w)] && i >= 2 && words.IsCapitalised(toks[i-2].Text) {
			i--
			continue
		}
		break
	}
	run := toks[i:]
	if len(run) > 1 && words.Key(run[0].Text) == "the" {
		run = run[1:]
	}
	for t := len(run) - 2; t >= 0; t-- {
		if titles[words.Key(run[t].Text)] {
			run = run[t+1:]
			break
		}
	}
	head := run[len(run)-1]
	return phrase{
		text:   a.d.Text[run[0].Start:head.End],
		key:    words.Bare(head.Text),
		proper: true,
		ok:     true,
	}
}

func isParticiple(w string) bool { return strings.HasSuffix(words.Key(w), "ing") }

// endsSentence reports whether quotation q ends with a full stop,
// question or exclamation mark inside its closing mark.
func endsSentence(text string, q *quote) bool {
	if len(q.parts) == 0 {
		return false
	}
	p := q.parts[len(q.parts)-1]
	inner := strings.TrimRight(text[p[0]:p[1]], " '’‘")
	return strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!") || strings.HasSuffix(inner, "…")
}

// sameSpeaker reports whether two attributions may name the same speaker:
// always unless both are names with nothing in common ("Sala" and
// "Giuseppe Sala" are one; "Sala" and "Calenda" are two) that are not
// one name in other forms (sameReferent).
func sameSpeaker(a, b *quote) bool {
	if !a.proper || !b.proper || a.speakerKey == b.speakerKey {
		return true
	}
	for _, x := range a.speakerWords {
		if !nameLinks[x] && slices.Contains(b.speakerWords, x) {
			return true
		}
	}
	// One name misspelt or written in another form ("Sundwell",
	// "Sundwall"; "Jimenez", "Jiménez").
	return sameReferent(strings.Join(a.speakerWords, " "), strings.Join(b.speakerWords, " "))
}
