package reuse

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/corpus"
	"github.com/wirediff/wirediff/render"
	"github.com/wirediff/wirediff/report"
)

// A Doc is one input document as it travels through the pipeline: the
// text is kept as read and parsed again where it is compared, since the
// article model is not a wire format and parsing costs a fraction of a
// comparison.
type Doc struct {
	ID     string `json:"id"`
	Date   string `json:"date"`   // ISO 8601 (2024-03-01, or with a time); "" when unknown
	Source string `json:"source"` // the outlet or wire service; "" when unknown
	Text   string `json:"text"`
}

// A Ref is what the grouping by signature carries of a document: enough
// to pair it and to apply the pair filters, not its text. Words is its
// number of content-word signatures.
type Ref struct {
	ID, Date, Source string
	Words            int
}

// Evidence counts the sampled signatures (corpus.Signatures) two
// documents share, by kind, with the field names of the evidence of
// `wirediff search --json`. Words is the smaller number of content-word
// signatures of the two documents, for the share floor of words.
//
// VerbatimWeight and PairsWeight are the verbatim and pair signatures
// again, each weighed by how common it is (signatureWeight, in units of
// WeightUnit): the candidate floor reads them, not the counts.
type Evidence struct {
	Verbatim       int `json:"verbatim"`
	Pairs          int `json:"pairs"`
	Words          int `json:"words"`
	MinWords       int `json:"-"`
	VerbatimWeight int `json:"-"`
	PairsWeight    int `json:"-"`
}

// WeightUnit is the weight of a signature of at most Config.CommonDF
// documents, the weight the candidate floors of search count in. Weights
// are integers so that their sums, and the floor, do not depend on the
// order the groups are summed in.
const WeightUnit = 1 << 10

// signatureWeight is what one shared signature of df documents weighs
// toward the candidate floor: WeightUnit up to commonDF documents, then
// commonDF/df of it, so that a pair that shares only signatures common to
// many documents needs as many more of them as they are common. A wire
// story carried by commonDF-1 outlets keeps the full weight; a sentence
// that a few dozen unrelated documents share by coincidence (a set
// phrase, a recurring quotation) counts for less.
func signatureWeight(df, commonDF int) int {
	if df <= commonDF {
		return WeightUnit
	}
	return WeightUnit * commonDF / df
}

// addEvidence merges the evidence of two groups of the same pair.
func addEvidence(a, b Evidence) Evidence {
	return Evidence{
		Verbatim: a.Verbatim + b.Verbatim, Pairs: a.Pairs + b.Pairs, Words: a.Words + b.Words, MinWords: max(a.MinWords, b.MinWords),
		VerbatimWeight: a.VerbatimWeight + b.VerbatimWeight, PairsWeight: a.PairsWeight + b.PairsWeight,
	}
}

// Candidate reports whether e passes a candidate floor of search
// (corpus.Evidence.Candidate), with the weighed verbatim and pair
// signatures in whole signatures (a pair sharing two pairs of content
// words of twice CommonDF documents has the weight of one) and MinWords
// standing for the query's content words.
func (e Evidence) Candidate() bool {
	var ce corpus.Evidence
	ce[corpus.Verbatim], ce[corpus.WordPair], ce[corpus.Word] = e.VerbatimWeight/WeightUnit, e.PairsWeight/WeightUnit, e.Words
	return ce.Candidate(e.MinWords)
}

// A DeadLetter is an input, or a pair, that could not be processed, with
// the stage and the reason. Dead letters are written, never fatal.
type DeadLetter struct {
	ID    string `json:"id"`    // the document id, the pair ("a b"), or the input position
	Stage string `json:"stage"` // read, parse, join or compare
	Error string `json:"error"`
}

func (d DeadLetter) line() string { return mustLine(d) }

// A Share is render's JSON form of an align.Share: the split of one side's
// body text by the kind of link its sentences are in, as fractions.
type Share struct {
	Identical   float64 `json:"identical"`
	Edited      float64 `json:"edited"`
	Paraphrased float64 `json:"paraphrased"`
	Unlinked    float64 `json:"unlinked"`
}

func newShare(s align.Share) Share {
	return Share{Identical: round3(s.Identical), Edited: round3(s.Edited), Paraphrased: round3(s.Paraphrased), Unlinked: round3(s.Unlinked)}
}

// Linked is the share of the side's text linked to the other side.
func (s Share) Linked() float64 { return s.Identical + s.Edited + s.Paraphrased }

// Shares are a pair's shares both ways: how much of BASE's body text the
// OTHER carries, and how much of the OTHER's is BASE.
type Shares struct {
	Base  Share `json:"base"`
	Other Share `json:"other"`
}

// A Record is one reusing pair, one JSON line of the pairs output. The
// fields "verdict", "summary", "quotes", "typos" and "facts" are those of a
// comparison in `wirediff --json` (schema v1), copied from render.JSON's
// output, and "shares" has the field names of the coverage's shares.
type Record struct {
	Base        string `json:"base"`
	Other       string `json:"other"`
	BaseDate    string `json:"base_date"`
	OtherDate   string `json:"other_date"`
	BaseSource  string `json:"base_source"`
	OtherSource string `json:"other_source"`
	// Direction says why Base is the base: "earlier" (its date is
	// earlier), "wire" (same date, its source is a wire source) or "id"
	// (nothing else told them apart: the smaller id).
	Direction string          `json:"direction"`
	Evidence  Evidence        `json:"evidence"`
	Verdict   string          `json:"verdict"`
	Summary   json.RawMessage `json:"summary"`
	Shares    Shares          `json:"shares"`
	Quotes    json.RawMessage `json:"quotes"`
	Typos     json.RawMessage `json:"typos"`
	Facts     json.RawMessage `json:"facts"`
}

// comparisonJSON is the part of render.JSON's output a Record copies.
type comparisonJSON struct {
	Verdict string          `json:"verdict"`
	Summary json.RawMessage `json:"summary"`
	Quotes  json.RawMessage `json:"quotes"`
	Typos   json.RawMessage `json:"typos"`
	Facts   json.RawMessage `json:"facts"`
}

// direction orders a pair: it returns the base and the other, and why.
// The earlier date is the base; on equal or unknown dates, a side from a
// wire source; then the smaller id.
func direction(a, b Doc, wire map[string]bool) (base, other Doc, why string) {
	if a.Date != "" && b.Date != "" && a.Date != b.Date {
		if a.Date < b.Date {
			return a, b, "earlier"
		}
		return b, a, "earlier"
	}
	if wa, wb := wire[a.Source], wire[b.Source]; wa != wb {
		if wa {
			return a, b, "wire"
		}
		return b, a, "wire"
	}
	if a.ID <= b.ID {
		return a, b, "id"
	}
	return b, a, "id"
}

// comparePair compares the documents of one pair with report.Compare and
// builds its record. kept says whether either side carries at least
// minReused of the other. A document that cannot be parsed, or a
// comparison that fails, is an error, never a panic.
//
// Cost: two parses and one comparison with its checks (a few milliseconds
// for news articles), plus render.JSON of the pair.
func comparePair(a, b Doc, ev Evidence, wire map[string]bool, opts align.Options, minReused float64) (rec Record, kept bool, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("comparing %s and %s: internal error: %v", a.ID, b.ID, p)
		}
	}()
	base, other, why := direction(a, b, wire)
	bd, err := parse(base)
	if err != nil {
		return Record{}, false, err
	}
	od, err := parse(other)
	if err != nil {
		return Record{}, false, err
	}
	c, f := report.Compare(bd, od, opts)
	bs, ots := align.Shares(c)
	rec = Record{
		Base: base.ID, Other: other.ID, BaseDate: base.Date, OtherDate: other.Date,
		BaseSource: base.Source, OtherSource: other.Source, Direction: why, Evidence: ev,
		Shares: Shares{Base: newShare(bs), Other: newShare(ots)},
	}
	kept = max(bs.Linked(), ots.Linked()) >= minReused
	if !kept {
		return rec, false, nil
	}
	cj, err := renderComparison(bd, od, c, f)
	if err != nil {
		return Record{}, false, fmt.Errorf("comparing %s and %s: %w", base.ID, other.ID, err)
	}
	rec.Verdict, rec.Summary, rec.Quotes, rec.Typos, rec.Facts = cj.Verdict, cj.Summary, cj.Quotes, cj.Typos, cj.Facts
	return rec, true, nil
}

// renderComparison renders the comparison of base and other with
// render.JSON, the project's JSON contract, and returns the comparison's
// fields, so that a record says what `wirediff --json` says of the pair.
func renderComparison(base, other *article.Document, c *align.Comparison, f *check.Report) (comparisonJSON, error) {
	var buf bytes.Buffer
	r := &report.Report{Documents: []*article.Document{base, other}, Comparisons: []*align.Comparison{c}, Checks: []*check.Report{f}}
	if err := render.JSON(&buf, r); err != nil {
		return comparisonJSON{}, err
	}
	var out struct {
		Comparisons []comparisonJSON `json:"comparisons"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		return comparisonJSON{}, fmt.Errorf("reading back the comparison: %w", err)
	}
	if len(out.Comparisons) != 1 {
		return comparisonJSON{}, fmt.Errorf("render gave %d comparisons for one pair", len(out.Comparisons))
	}
	cj := out.Comparisons[0]
	for _, m := range []*json.RawMessage{&cj.Summary, &cj.Quotes, &cj.Typos, &cj.Facts} {
		var b bytes.Buffer
		if err := json.Compact(&b, *m); err != nil {
			return comparisonJSON{}, fmt.Errorf("reading back the comparison: %w", err)
		}
		*m = b.Bytes()
	}
	return cj, nil
}

// parse reads d's text into the article model.
func parse(d Doc) (*article.Document, error) {
	if strings.TrimSpace(d.Text) == "" {
		return nil, fmt.Errorf("document %s has no text", d.ID)
	}
	doc, err := article.Parse(d.ID, []byte(d.Text))
	if err != nil {
		return nil, err // the error names the document
	}
	return doc, nil
}

// A Carry is one side of a kept pair as the per-document summary lists
// it: the other document, how much of this document's text is linked to
// it (split by label), the counts per label and the verdict.
type Carry struct {
	ID      string          `json:"id"`
	Date    string          `json:"date"`
	Source  string          `json:"source"`
	Verdict string          `json:"verdict"`
	Share   Share           `json:"share"`
	Summary json.RawMessage `json:"summary"`
	// Findings counts the editorial findings of the comparison.
	Findings Findings `json:"findings"`
}

// Findings counts the editorial findings of a comparison by kind.
type Findings struct {
	Quotes int `json:"quotes"`
	Typos  int `json:"typos"`
	Facts  int `json:"facts"`
}

// A Summary is the reuse of one document across the collection, one JSON
// line of the documents output: who carried it (pairs where it is BASE)
// and whom it carries (pairs where it is OTHER), each sorted by id.
type Summary struct {
	ID        string  `json:"id"`
	Date      string  `json:"date"`
	Source    string  `json:"source"`
	CarriedBy []Carry `json:"carried_by"`
	Carries   []Carry `json:"carries"`
}

// A Part is one kept pair's contribution to the summary of one of its
// documents.
type Part struct {
	Self    Ref
	AsBase  bool // Self is the pair's base: Carry goes to CarriedBy
	CarryJS string
}

// parts returns the contributions of a kept record to the summaries of its
// two documents.
func parts(r Record) (base, other Part, err error) {
	f := Findings{Quotes: count(r.Quotes), Typos: count(r.Typos), Facts: count(r.Facts)}
	by := Carry{ID: r.Other, Date: r.OtherDate, Source: r.OtherSource, Verdict: r.Verdict, Share: r.Shares.Base, Summary: r.Summary, Findings: f}
	of := Carry{ID: r.Base, Date: r.BaseDate, Source: r.BaseSource, Verdict: r.Verdict, Share: r.Shares.Other, Summary: r.Summary, Findings: f}
	bj, err := json.Marshal(by)
	if err != nil {
		return Part{}, Part{}, err
	}
	oj, err := json.Marshal(of)
	if err != nil {
		return Part{}, Part{}, err
	}
	return Part{Self: Ref{ID: r.Base, Date: r.BaseDate, Source: r.BaseSource}, AsBase: true, CarryJS: string(bj)},
		Part{Self: Ref{ID: r.Other, Date: r.OtherDate, Source: r.OtherSource}, CarryJS: string(oj)}, nil
}

// count returns the length of a JSON list, 0 for anything else.
func count(m json.RawMessage) int {
	var l []json.RawMessage
	if json.Unmarshal(m, &l) != nil {
		return 0
	}
	return len(l)
}

// summarize builds the summary of one document from its parts.
func summarize(id string, ps []Part) (Summary, error) {
	s := Summary{ID: id, CarriedBy: []Carry{}, Carries: []Carry{}}
	for _, p := range ps {
		s.Date, s.Source = p.Self.Date, p.Self.Source
		var c Carry
		if err := json.Unmarshal([]byte(p.CarryJS), &c); err != nil {
			return Summary{}, fmt.Errorf("summary of %s: %w", id, err)
		}
		if p.AsBase {
			s.CarriedBy = append(s.CarriedBy, c)
		} else {
			s.Carries = append(s.Carries, c)
		}
	}
	byID := func(a, b Carry) int { return strings.Compare(a.ID, b.ID) }
	slices.SortFunc(s.CarriedBy, byID)
	slices.SortFunc(s.Carries, byID)
	return s, nil
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// mustLine encodes v as one JSON line without HTML escaping; the types
// encoded here (strings, numbers, raw JSON from render) always encode.
func mustLine(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprintf(`{"error":%q}`, err.Error())
	}
	return strings.TrimSuffix(b.String(), "\n")
}
