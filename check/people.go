package check

import (
	"slices"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"
	"github.com/wirediff/wirediff/internal/inorder"
	"github.com/wirediff/wirediff/words"
)

// People in the text. "He said", "the minister said" and "the
// spokeswoman added" name nobody; a reader knows who from the names
// before them. The attributor keeps the people a document names (a name
// with a title, the subject of a speech verb, a name in apposition with
// a description), where each is mentioned and whether as the subject of
// a sentence or only as an object, and what the text shows of their
// gender (a title, or "he"/"she" in a sentence about them alone); a
// pronoun or role noun is resolved to the nearest person who fits, with
// a confidence that says whether another person would fit as well.

// A gender is what the text shows of a person's: titles ("Mr.",
// "spokeswoman") and pronouns in sentences about them alone.
type gender int8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
	genderMixed // the text says both: treated as unknown
)

// compatible reports whether a pronoun or role of gender g may refer to
// a person of gender p.
func compatible(g, p gender) bool {
	return g == genderUnknown || g == genderMixed || p == genderUnknown || p == genderMixed || g == p
}

func (g gender) add(h gender) gender {
	switch {
	case h == genderUnknown || g == h:
		return g
	case g == genderUnknown:
		return h
	}
	return genderMixed
}

// Gendered words: titles, role nouns and pronouns.
var (
	maleWords = wordSet(`mr sir lord king prince duke spokesman chairman congressman businessman
		councilman father brother husband son actor he him his himself`)
	femaleWords = wordSet(`mrs ms miss madam dame lady queen princess duchess spokeswoman chairwoman
		congresswoman businesswoman councilwoman mother sister wife daughter actress she her hers herself`)
	// honorifics stand before a name and end with a dot that is no full
	// stop: "Mr. Smith".
	honorifics = wordSet(`mr mrs ms miss dr sir dame prof`)
	// roleModifiers may stand before a title: "former prime minister",
	// "the interior minister".
	roleModifiers = wordSet(`former prime foreign interior deputy vice acting finance defence defense
		justice health economy economic state chief senior top executive home environment education
		labor labour trade energy transport culture development agriculture immigration security
		regional local federal national city county police fire white house press us u.s. uk`)
	// orgWords make a name an organisation, a place or a thing, never a
	// person: "Department of Homeland Security", "Winter Olympics".
	orgWords = wordSet(`department ministry party agency association council committee police company
		corporation corp inc ltd llc plc university college school bank group union office service services
		commission house court government administration embassy parliament congress senate assembly
		league federation network news times post journal radio tv television channel station club team
		airlines airways institute foundation fund organization organisation authority board bureau
		force forces army navy republic state states kingdom city region province county games olympics
		olympic international national united democratic republican alliance movement front church
		hospital center centre museum exchange market markets reuters press associated`)
)

// genderOf returns the gender a word shows: a gendered title, role noun
// or pronoun.
func genderOf(w string) gender {
	switch k := words.Key(strings.TrimSuffix(w, ".")); {
	case maleWords[k]:
		return genderMale
	case femaleWords[k]:
		return genderFemale
	}
	return genderUnknown
}

// A person is one of the people a document names.
type person struct {
	name   string // the fullest form the text gives, titles left out: "Giuseppe Sala"
	key    string // the last word, bare: "sala"
	gender gender
	roles  map[string]bool // title and role words the text gives them: "mayor", "minister", "interior"
}

// A personMention is a place where the text names a person, by name or by
// a role noun resolved to them.
type personMention struct {
	at       int // byte offset of the mention
	sentence int
	person   int
	subject  bool // the subject of its sentence or of a speech verb
}

// A nameRun is a run of capitalised words in a sentence: toks[from:to]
// of the sentence, the name itself from toks[name] on (titles before it
// left out).
type nameRun struct {
	sentence   int
	from, name int
	to         int
	roles      []string
	gender     gender
	person     bool // the text shows it is a person
	subject    bool
	org        bool
	key        string
}

// A keptRun is what findPeople keeps of a nameRun that is no
// organisation until it knows who is a person: a large document has
// hundreds of thousands (800,000 in a generated 50 MB one), so it is
// packed in 48 bytes instead of 96, its full name an index into the
// text's words and its roles a stretch of one shared list.
type keptRun struct {
	key                 string
	sentence, from      int32
	nameFirst, nameLast int32 // indexes of the full name's first and last words in the docWords
	rolesFrom, rolesTo  int32 // of the shared list of roles
	gender              gender
	person, subject     bool
}

// findPeople finds the people of the document and their mentions (see
// the comment at the top of this file). Quotations are left out: the
// people a speaker talks about are not who "he" refers to. Cost: linear
// in the number of words.
func (a *attributor) findPeople(qs []quote) {
	inQuote := func(at int) bool {
		i := sort.Search(len(qs), func(i int) bool { return qs[i].End > at })
		return i < len(qs) && qs[i].Start <= at
	}
	if len(qs) == 0 {
		inQuote = func(int) bool { return false }
	}
	a.byKey = map[string]int{}
	// The runs of capitalised words, sentence by sentence: a large
	// document's in chunks of sentences on all processors (see
	// peopleChunkBytes), joined in order.
	rs := inorder.Ranges(len(a.d.Sentences), len(a.d.Text), peopleChunkBytes)
	type part struct {
		runs  []keptRun
		roles []string
	}
	parts := make([]part, len(rs))
	inorder.Run(len(rs), func(c int) {
		parts[c].runs, parts[c].roles = a.readRuns(rs[c][0], rs[c][1], inQuote)
	})
	// Who is a person: a run that shows it, and every other run with the
	// same last word.
	// (Organisations are not kept.) The chunks' runs are read in order
	// where they are, each with the roles of its chunk.
	isPerson := map[string]bool{}
	for _, part := range parts {
		for _, r := range part.runs {
			if r.person {
				isPerson[r.key] = true
			}
		}
	}
	// Every run of a person is a mention: room for them at once (a large
	// document has hundreds of thousands, which growing would copy).
	n := 0
	for _, part := range parts {
		for _, r := range part.runs {
			if isPerson[r.key] {
				n++
			}
		}
	}
	a.mentions = slices.Grow(a.mentions, n)
	for _, part := range parts {
		roles := part.roles
		for _, r := range part.runs {
			if !isPerson[r.key] {
				continue
			}
			i, ok := a.byKey[r.key]
			if !ok {
				i = len(a.persons)
				a.byKey[r.key] = i
				a.persons = append(a.persons, person{key: r.key, roles: map[string]bool{}})
			}
			p := &a.persons[i]
			if full := a.d.Text[a.w.tok(int(r.nameFirst)).Start:a.w.tok(int(r.nameLast)).End]; len(full) > len(p.name) {
				p.name = full
			}
			p.gender = p.gender.add(r.gender)
			for _, w := range roles[r.rolesFrom:r.rolesTo] {
				p.roles[w] = true
			}
			a.mentions = append(a.mentions, personMention{at: a.w.tok(a.w.first[r.sentence] + int(r.from)).Start,
				sentence: int(r.sentence), person: i, subject: r.subject})
		}
	}
	// Role nouns ("the minister") and the pronouns of sentences about
	// one person alone. The role nouns and the persons each may name are
	// read in the chunks of sentences on all processors; which of several
	// persons a role noun names is then chosen in text order, as the
	// choice reads the role nouns before it (see pickRole).
	byAt := func(x, y personMention) int { return x.at - y.at }
	a.mentionsSorted = slices.IsSortedFunc(a.mentions, byAt)
	nouns := make([]roleNouns, len(rs))
	inorder.Run(len(rs), func(c int) {
		nouns[c] = a.readRoleNouns(rs[c][0], rs[c][1], inQuote)
	})
	for _, ns := range nouns {
		for _, n := range ns.nouns {
			if i, conf := a.pickRole(ns.fits[n.fitsFrom:n.fitsTo], n.at); conf > 0 {
				a.roleMentions = append(a.roleMentions, personMention{at: n.at, sentence: n.sentence, person: i, subject: n.subject})
			}
		}
	}
	a.mentions = joinMentions(a.mentions, a.roleMentions, a.mentionsSorted)
	a.roleMentions = nil
	a.mentionsSorted, a.mentionsOrdered = true, mentionsInOrder(a.mentions)
	a.genderFromPronouns(inQuote)
}

// joinMentions returns the mentions of names ms and of role nouns roles
// in order of offset, those of equal offset in the order of ms then
// roles: a stable sort of the two joined. roles is in order of offset
// (findPeople reads the role nouns in text order); when ms is too
// (sorted), the two are merged in one pass instead of sorted (the
// mentions of a large document are hundreds of thousands). Cost:
// O(n), or O(n log n) when ms is not sorted.
func joinMentions(ms, roles []personMention, sorted bool) []personMention {
	if !sorted || !slices.IsSortedFunc(roles, func(x, y personMention) int { return x.at - y.at }) {
		ms = append(ms, roles...)
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].at < ms[j].at })
		return ms
	}
	if len(roles) == 0 {
		return ms
	}
	out := make([]personMention, 0, len(ms)+len(roles))
	i, j := 0, 0
	for i < len(ms) && j < len(roles) {
		if roles[j].at < ms[i].at {
			out = append(out, roles[j])
			j++
		} else {
			out = append(out, ms[i])
			i++
		}
	}
	out = append(out, ms[i:]...)
	return append(out, roles[j:]...)
}

// roleNouns are the role nouns of a chunk of sentences, in text order,
// each with the persons it may name: nouns[i] may name
// fits[nouns[i].fitsFrom:nouns[i].fitsTo] (one list for the chunk, not
// one per noun).
type roleNouns struct {
	nouns []roleNoun
	fits  []int
}

// A roleNoun is "the" and a post ("the interior minister") at byte at of
// sentence, outside quotations and not followed by a name, that may name
// at least one person.
type roleNoun struct {
	at, sentence     int
	fitsFrom, fitsTo int
	// subject: the noun opens its sentence or a lead phrase, or a speech
	// verb follows it.
	subject bool
}

// readRoleNouns reads the role nouns of sentences [from, to) of the
// document (see findPeople). It reads the persons and the words and
// changes neither, so that chunks run at once.
//
// Cost: one pass over the keys of the sentences; the words of those
// with a "the" are made; roleFits for each role noun.
func (a *attributor) readRoleNouns(from, to int, inQuote func(int) bool) roleNouns {
	var out roleNouns
	var toks []words.Compound // the words of sentence si; one slice for all
	for si := from; si < to; si++ {
		first := a.w.first[si]
		key := func(k int) string { return a.w.keyAt(first + k) }
		// A role noun follows "the", so a sentence without one, before
		// its last word, is passed over before its words are made.
		the := false
		for k := first; k+1 < a.w.first[si+1]; k++ {
			if a.w.keyAt(k) == "the" {
				the = true
				break
			}
		}
		if !the {
			continue
		}
		toks = a.w.appendSentence(toks[:0], si)
		lead := -1 // leadEnd, read at the first role noun that may name someone
		for k := 0; k+1 < len(toks); k++ {
			if key(k) != "the" || inQuote(toks[k].Start) {
				continue
			}
			end := k + 1
			for end < len(toks) && end-k <= 4 && roleModifiers[key(end)] && !titles[key(end)] {
				end++
			}
			if end >= len(toks) || !titles[key(end)] || words.IsCapitalised(toks[end].Text) && !toks[end].Initial {
				continue
			}
			if end+1 < len(toks) && a.plainGap(toks[end], toks[end+1]) && a.isName(toks[end+1]) {
				continue // "the minister Matteo Piantedosi": a name follows
			}
			fitsFrom := len(out.fits)
			if out.fits = a.roleFits(out.fits, toks[k+1:end+1]); len(out.fits) > fitsFrom {
				if lead < 0 {
					lead = leadEnd(a, toks)
				}
				out.nouns = append(out.nouns, roleNoun{at: toks[k].Start, sentence: si,
					fitsFrom: fitsFrom, fitsTo: len(out.fits),
					subject: k == 0 || k == lead || end+1 < len(toks) && a.speechVerbAt(first, end+1)})
			}
			k = end
		}
	}
	return out
}

// peopleChunkBytes is the least text a chunk of sentences holds when
// findPeople reads the runs of capitalised words of a large document in
// parallel (see inorder.Ranges); a news article is read on the calling
// goroutine alone.
const peopleChunkBytes = 256 << 10

// readRuns reads the runs of capitalised words of sentences [from, to)
// that are no organisation (see nameRun), in order, and their roles, each
// run's a stretch of roles. It only reads a and the text, so chunks of
// sentences may be read at once. Cost: linear in the words of the
// sentences.
func (a *attributor) readRuns(from, to int, inQuote func(int) bool) (runs []keptRun, roles []string) {
	var toks []words.Compound // the words of sentence si; one slice for all
	// About two runs a sentence in news prose: room for them at once.
	runs = make([]keptRun, 0, 2*(to-from))
	for si := from; si < to; si++ {
		toks = a.w.appendSentence(toks[:0], si)
		lead := -1 // leadEnd, read at the first run of the sentence
		for k := 0; k < len(toks); k++ {
			// A name, or a first name at the start of a sentence (which
			// the word list may know: "John Smith"), outside quotations
			// and with no digit. (All tests are pure: the cheap ones,
			// which most words fail, come first.)
			if !a.isName(toks[k]) && !(k+1 < len(toks) && a.isName(toks[k+1]) && a.plainGap(toks[k], toks[k+1]) && a.firstName(toks[k])) {
				continue
			}
			if inQuote(toks[k].Start) || words.HasDigit(toks[k].Text) {
				continue
			}
			if lead < 0 {
				lead = leadEnd(a, toks)
			}
			end := k + 1
			for end < len(toks) && a.plainGap(toks[end-1], toks[end]) && !possessive(toks, end-1) {
				if a.isName(toks[end]) && !words.HasDigit(toks[end].Text) {
					end++
					continue
				}
				if k := a.w.keyAt(a.w.first[si] + end); k != "and" && k != "the" && nameLinks[k] && end+1 < len(toks) && a.isName(toks[end+1]) && a.plainGap(toks[end], toks[end+1]) {
					end += 2
					continue
				}
				break
			}
			r := a.nameRun(toks, si, k, end, lead)
			k = end - 1
			if r.key != "" && !r.org {
				first := int32(a.w.first[si])
				runs = append(runs, keptRun{key: r.key, sentence: int32(si), from: int32(r.from),
					nameFirst: first + int32(r.name), nameLast: first + int32(r.to) - 1,
					rolesFrom: int32(len(roles)), rolesTo: int32(len(roles) + len(r.roles)),
					gender: r.gender, person: r.person, subject: r.subject})
				roles = append(roles, r.roles...)
			}
		}
	}
	return runs, roles
}

// leadEnd returns the index of the first word after a short opening
// phrase that ends with a comma ("On Tuesday, Sala said"), or 0.
func leadEnd(a *attributor, toks []words.Compound) int {
	for k := 0; k < len(toks)-1 && k < 6; k++ {
		if strings.Contains(a.gap(toks, k), ",") {
			if k == 0 && a.isName(toks[0]) {
				return 0 // "Sala, the mayor, said"
			}
			return k + 1
		}
	}
	return 0
}

// nameRun reads the run of capitalised words toks[from:to] of sentence
// si: its name (titles left out), the roles and gender its titles and any
// apposition give, whether it is a person, an organisation or the
// subject of its sentence.
func (a *attributor) nameRun(toks []words.Compound, si, from, to, lead int) nameRun {
	r := nameRun{sentence: si, from: from, to: to, name: from}
	// toks are the words of sentence si: toks[t] is word first+t of the
	// document, whose key is read without a search.
	first := a.w.first[si]
	key := func(t int) string { return a.w.keyAt(first + t) }
	for t := to - 2; t >= from; t-- {
		if titles[key(t)] {
			r.name = t + 1
			break
		}
	}
	// Words before the name that describe the post: in the run, and
	// lower-case ones before it ("former prime minister Giuseppe Conte").
	for t := from; t < r.name; t++ {
		r.roles = append(r.roles, key(t))
	}
	for t := from - 1; t >= 0 && t >= from-4 && a.plainGap(toks[t], toks[t+1]); t-- {
		k := key(t)
		if !titles[k] && !roleModifiers[k] {
			break
		}
		r.roles = append(r.roles, k)
	}
	// An honorific before the run: "Mr. Smith".
	if from > 0 && honorifics[key(from-1)] && strings.TrimSpace(strings.TrimPrefix(a.gap(toks, from-1), ".")) == "" {
		r.roles = append(r.roles, key(from-1))
	}
	name := toks[r.name:to]
	if len(name) == 0 {
		return nameRun{}
	}
	for t := r.name; t < to; t++ {
		if orgWords[key(t)] || isDateWord(toks[t].Text) {
			r.org = true
		}
	}
	if len(name) == 1 && words.IsAcronym(name[0].Text) {
		r.org = true
	}
	r.key = a.w.bareAt(first + to - 1)
	// Apposition: ", a DHS spokesperson," after the name, or "Italy's
	// foreign minister, Antonio Tajani," before it.
	if to < len(toks) && strings.HasPrefix(strings.TrimSpace(a.gap(toks, to-1)), ",") {
		for e := to; e < len(toks) && e < to+7; e++ {
			if strings.ContainsAny(a.gap(toks, e), ",;:.") {
				if titles[key(e)] {
					for _, t := range toks[to : e+1] {
						r.roles = append(r.roles, words.Key(t.Text))
					}
					r.person = true
				}
				break
			}
		}
	}
	if from > 0 && strings.TrimSpace(a.gap(toks, from-1)) == "," && titles[key(from-1)] {
		for t := from - 1; t >= 0 && t >= from-5; t-- {
			r.roles = append(r.roles, key(t))
			if t > 0 && !a.plainGap(toks[t-1], toks[t]) {
				break
			}
		}
		r.person = true
		if from-1 <= lead+3 {
			r.subject = true // "Italy’s foreign minister, Antonio Tajani, said"
		}
	}
	for _, w := range r.roles {
		if titles[w] || honorifics[w] {
			r.person = true
		}
		r.gender = r.gender.add(genderOf(w))
	}
	// The subject of a speech verb ("Sala said", "Sala, the mayor, told")
	// or named after one ("said Sala").
	// The subject of its sentence: nothing before it but an opening
	// phrase, titles and the like ("The former prime minister Giuseppe
	// Conte urged").
	r.subject = true
	for t := lead; t < from; t++ {
		k := words.Key(strings.TrimSuffix(toks[t].Text, "."))
		if !titles[k] && !roleModifiers[k] && !honorifics[k] && !determiners[k] && !words.IsCapitalised(toks[t].Text) {
			r.subject = false
			break
		}
	}
	// A subject of two or three words, one of them no English word,
	// followed by its verb is a person ("Carlo Calenda arrived"); a name
	// of English words ("New York remains") is not known to be one.
	if r.subject && !r.person && len(name) >= 2 && len(name) <= 3 && to < len(toks) && a.plainGap(toks[to-1], toks[to]) && isVerbLike(toks[to].Text) {
		for _, t := range name {
			if !isKnownWord(words.Bare(t.Text)) {
				r.person = true
			}
		}
	}
	// A name in apposition followed by its verb: "Italy’s foreign
	// minister, Antonio Tajani, sought to".
	if r.person && to+1 < len(toks) && strings.TrimSpace(a.gap(toks, to-1)) == "," && isVerbLike(toks[to].Text) {
		r.subject = true
	}
	// "Kathleen Bergen, who spoke": who is said of people.
	if to < len(toks) && strings.TrimSpace(a.gap(toks, to-1)) == "," && key(to) == "who" {
		r.person = true
	}
	if to < len(toks) && a.speechVerbAt(first, to) && a.plainGap(toks[to-1], toks[to]) {
		r.subject, r.person = true, true
	}
	if from > 1 && speechVerbs[key(from-1)] && !isParticiple(toks[from-1].Text) && a.plainGap(toks[from-1], toks[from]) &&
		strings.ContainsAny(a.gap(toks, from-2), ",”\"»") {
		// "…,” said Sala": the verb after a quotation or a comma; not
		// "reporters asked Sala".
		r.subject, r.person = true, true
	}
	for k := to; k < len(toks) && k < to+12; k++ {
		if a.speechVerbAt(first, k) {
			if p := a.subjectBefore(toks, k, 0); p.ok && p.proper && p.key == r.key {
				r.subject, r.person = true, true
			}
			break
		}
	}
	return r
}

// firstName reports whether t may be the first word of a person's name
// at the start of a sentence: capitalised and no function word.
func (a *attributor) firstName(t words.Compound) bool {
	if !a.inName(t) {
		return false
	}
	k := words.Key(t.Text)
	return !determiners[k] && !nameLinks[k] && !english.IsStopWord(k) && !titles[k]
}

// isVerbLike reports whether w, after a name and a comma, may be the
// name's verb: a lower-case word that is no function word and no
// article ("sought", "told"; not "the", "who", "and").
func isVerbLike(w string) bool {
	k := words.Key(w)
	return !words.IsCapitalised(w) && !english.IsStopWord(k) && !notSubject[k] && !subjectSkip[k] && !determiners[k]
}

// genderFromPronouns gives a person the gender of the pronouns of the
// sentences that mention them and no other person, outside quotations.
// The genders a person's sentences show are joined (gender.add), which
// gives the same whatever the order the sentences are read in. Cost: one
// pass over the mentions, and over the words of the sentences of one
// person; when the mentions are in order of sentence (as findPeople
// leaves them on text read in order) without a map.
func (a *attributor) genderFromPronouns(inQuote func(int) bool) {
	add := make([]gender, len(a.persons))
	pronounsOf := func(si, p int) {
		if si < 0 || si >= len(a.d.Sentences) {
			return
		}
		for j := a.w.first[si]; j < a.w.first[si+1]; j++ {
			switch k := a.w.keyAt(j); k {
			case "he", "him", "his", "himself", "she", "her", "hers", "herself":
				if !inQuote(a.w.tok(j).Start) {
					add[p] = add[p].add(genderOf(k))
				}
			}
		}
	}
	if a.mentionsOrdered {
		// The mentions of a sentence are next to each other.
		for i := 0; i < len(a.mentions); {
			j, alone := i+1, true
			for ; j < len(a.mentions) && a.mentions[j].sentence == a.mentions[i].sentence; j++ {
				if a.mentions[j].person != a.mentions[i].person {
					alone = false
				}
			}
			if alone {
				pronounsOf(a.mentions[i].sentence, a.mentions[i].person)
			}
			i = j
		}
	} else {
		bySentence := map[int][]int{}
		for _, m := range a.mentions {
			if !containsInt(bySentence[m.sentence], m.person) {
				bySentence[m.sentence] = append(bySentence[m.sentence], m.person)
			}
		}
		for si, ps := range bySentence {
			if len(ps) == 1 {
				pronounsOf(si, ps[0])
			}
		}
	}
	for i, g := range add {
		if g != genderUnknown && a.persons[i].gender == genderUnknown {
			a.persons[i].gender = g
		}
	}
}

func containsInt(s []int, x int) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// Confidences of a resolved speaker: named in the attribution, a pronoun
// or role noun with one person who fits, with others who fit less well,
// or with another who fits as well. A misattribution is only claimed
// between speakers of confidentSpeaker or more.
const (
	speakerNamed     = 1.0
	speakerOnly      = 0.9  // the one person who fits
	speakerNearest   = 0.75 // the subject just before; others further back
	speakerFar       = 0.6  // the nearest subject, several sentences back, others fit too
	speakerContested = 0.5  // another person who fits is named in a sentence in between
	confidentSpeaker = 0.7
)

// pronounWindow is how many sentences back a pronoun is resolved.
const pronounWindow = 6

// resolvePronoun returns the person a pronoun of gender g at byte at
// refers to, with the confidence of the reading, or -1. Only people who
// fit (by the gender the text shows) and are named in the last
// pronounWindow sentences count, the speakers of earlier quotations
// (extra) with them. In order:
//
//   - the pronoun's sentence and the one before name one person who
//     fits, one of the pronoun's gender, or one who is their subject:
//     them ("Mr. Smith spoke after Ms. Lee. “…,” she said");
//   - one person of the pronoun's gender is named: them;
//   - else the person of the nearest subject mention ("Smith met
//     Jones. “…,” he said" is Smith), contested when someone who fits is
//     named in a later sentence.
//
// The confidence is speakerOnly when no one else fits, lower when others
// do (see the speaker* constants), and at most speakerFar when the person
// was last named more than two sentences back.
func (a *attributor) resolvePronoun(at int, g gender, extra []personMention, extraOrdered bool) (int, float64) {
	si := sentenceAt(a.d, at)
	if si < 0 {
		return -1, 0
	}
	var ms []personMention
	from := si - pronounWindow
	for _, list := range [][]personMention{
		mentionsWithin(a.mentions, a.mentionsOrdered, at, from),
		mentionsWithin(extra, extraOrdered, at, from),
	} {
		for _, m := range list {
			if m.at < at && m.sentence >= si-pronounWindow && compatible(g, a.persons[m.person].gender) {
				ms = append(ms, m)
			}
		}
	}
	if len(ms) == 0 {
		return -1, 0
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].at < ms[j].at })
	last := map[int]int{} // person -> index in ms of their last mention
	var recent, recentSame, recentSubjects, same []int
	for i, m := range ms {
		last[m.person] = i
		isSame := a.persons[m.person].gender == g
		if isSame && !containsInt(same, m.person) {
			same = append(same, m.person)
		}
		if m.sentence < si-1 {
			continue
		}
		if !containsInt(recent, m.person) {
			recent = append(recent, m.person)
		}
		if isSame && !containsInt(recentSame, m.person) {
			recentSame = append(recentSame, m.person)
		}
		if m.subject && !containsInt(recentSubjects, m.person) {
			recentSubjects = append(recentSubjects, m.person)
		}
	}
	capFar := func(p int, conf float64) (int, float64) {
		if ms[last[p]].sentence < si-2 {
			conf = min(conf, speakerFar)
		}
		return p, conf
	}
	alone := func(p int) float64 {
		if len(last) == 1 {
			return speakerOnly
		}
		return speakerNearest
	}
	switch {
	case len(recent) == 1:
		return capFar(recent[0], alone(recent[0]))
	case len(recent) > 1 && len(recentSubjects) == 1 && len(recentSame) == 1 && recentSubjects[0] != recentSame[0]:
		// "Carnes, who spoke after Mrs Clinton, … “…,” she said":
		// the subject, or the one the text shows is a woman.
		return recentSubjects[0], speakerContested
	case len(recent) > 1 && len(recentSubjects) == 1:
		return capFar(recentSubjects[0], speakerNearest)
	case len(recentSame) == 1:
		return capFar(recentSame[0], speakerNearest)
	case len(same) == 1:
		return capFar(same[0], alone(same[0]))
	}
	cand := -1
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].subject {
			cand = i
			break
		}
	}
	if cand < 0 {
		return -1, 0
	}
	p := ms[cand].person
	conf := alone(p)
	for i, m := range ms {
		if m.person == p {
			continue
		}
		if i > cand && m.sentence > ms[cand].sentence {
			return p, speakerContested // "Smith spoke. Jones arrived. “…,” he said."
		}
		if ms[cand].sentence < si-1 {
			conf = min(conf, speakerFar)
		}
	}
	return capFar(p, conf)
}

// resolveRole returns the person a role noun (desc: "minister",
// "interior minister", "spokeswoman") before byte at refers to, with the
// confidence of the reading, or -1: the person introduced with the role
// who was mentioned last; the role words must all be theirs.
func (a *attributor) resolveRole(desc []words.Compound, at int) (int, float64) {
	return a.pickRole(a.roleFits(nil, desc), at)
}

// roleFits appends to dst the persons role noun desc may name: those of
// its gender whose roles hold its post and every word that narrows it
// ("interior").
//
// Cost: a look at each person's roles for each word of desc.
func (a *attributor) roleFits(dst []int, desc []words.Compound) []int {
	head := words.Key(desc[len(desc)-1].Text)
	g := genderOf(head)
	for i, p := range a.persons {
		if !compatible(g, p.gender) {
			continue
		}
		ok := p.roles[head] || roleSynonym(head, p.roles)
		for _, t := range desc[:len(desc)-1] {
			if k := words.Key(t.Text); !p.roles[k] && roleModifiers[k] && k != "former" {
				ok = false
			}
		}
		if ok {
			dst = append(dst, i)
		}
	}
	return dst
}

// pickRole returns which of fits, the persons a role noun at byte at may
// name (roleFits), it names, with the confidence of the reading, or -1:
// the only one, else the one mentioned last before it.
func (a *attributor) pickRole(fits []int, at int) (int, float64) {
	if len(fits) == 0 {
		return -1, 0
	}
	if len(fits) == 1 {
		return fits[0], speakerOnly
	}
	// The one mentioned last before the role noun: the latest mention of
	// one of fits before at, the first of equals in mentions (then in
	// roleMentions, which come after them).
	best, bestAt := lastMention(a.mentions, a.mentionsSorted, at, fits)
	if p, pAt := lastMention(a.roleMentions, true, at, fits); pAt > bestAt {
		best = p
	}
	if best < 0 {
		return -1, 0
	}
	return best, speakerContested
}

// mentionsWithin returns the part of ms that can hold mentions before
// byte at in sentence from or later: when ordered (ms in order of offset
// and of sentence) the stretch between two binary searches, else all of
// ms. The caller still tests each mention; the stretch only spares it
// the rest of a long document once per pronoun.
func mentionsWithin(ms []personMention, ordered bool, at, from int) []personMention {
	if !ordered {
		return ms
	}
	end := sort.Search(len(ms), func(i int) bool { return ms[i].at >= at })
	start := sort.Search(end, func(i int) bool { return ms[i].sentence >= from })
	return ms[start:end]
}

// mentionsInOrder reports whether ms is in order of offset and of sentence.
// Cost: O(len(ms)).
func mentionsInOrder(ms []personMention) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].at < ms[i-1].at || ms[i].sentence < ms[i-1].sentence {
			return false
		}
	}
	return true
}

// lastMention returns the person and offset of the mention in ms of one
// of persons before byte at with the greatest offset, the first in ms of
// equals; -1, -1 when there is none. sorted says that ms is in order of
// offset: then it costs a binary search and a walk back over the
// mentions of others, where otherwise it is a scan of ms (which, once per
// role noun, made a long document's analysis quadratic).
func lastMention(ms []personMention, sorted bool, at int, persons []int) (int, int) {
	best, bestAt := -1, -1
	if !sorted {
		for _, m := range ms {
			if m.at < at && m.at > bestAt && containsInt(persons, m.person) {
				best, bestAt = m.person, m.at
			}
		}
		return best, bestAt
	}
	i := sort.Search(len(ms), func(i int) bool { return ms[i].at >= at })
	for i--; i >= 0; i-- {
		m := ms[i]
		if best >= 0 && m.at < bestAt {
			break
		}
		if containsInt(persons, m.person) {
			best, bestAt = m.person, m.at // an earlier one of equal offset wins
		}
	}
	return best, bestAt
}

// roleSynonym reports whether role noun head names a post given in
// roles by another word: "spokesperson" for a spokeswoman, "premier" for
// a prime minister.
func roleSynonym(head string, roles map[string]bool) bool {
	switch head {
	case "spokesperson", "spokeswoman", "spokesman":
		return roles["spokesperson"] || roles["spokeswoman"] || roles["spokesman"]
	case "premier":
		return roles["prime"] && roles["minister"]
	case "chair", "chairman", "chairwoman":
		return roles["chair"] || roles["chairman"] || roles["chairwoman"]
	}
	return false
}
