package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/report"
)

func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaV1))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource("v1.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("v1.json")
	if err != nil {
		t.Fatalf("compiling the schema: %v", err)
	}
	return s
}

// TestJSONSchema validates every golden JSON output, and fresh ones,
// against schemaV1, and checks that the schema rejects broken output.
func TestJSONSchema(t *testing.T) {
	s := compileSchema(t)
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden JSON files (%v)", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := s.Validate(inst); err != nil {
			t.Errorf("%s does not match the schema: %v", f, err)
		}
	}
	for _, r := range []*report.Report{storyReport(), hostileReport(), twoOthersReport(), seedReport(t)} {
		var b bytes.Buffer
		if err := JSON(&b, r); err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(&b)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(inst); err != nil {
			t.Errorf("output does not match the schema: %v", err)
		}
	}

	// The schema is not vacuous: each of these breaks the contract.
	for _, tc := range []struct{ name, from, to string }{
		{"unknown kind", `"kind": "identical"`, `"kind": "same"`},
		{"null list", `"diff": []`, `"diff": null`},
		{"string index", `"base": 0,`, `"base": "0",`},
		{"negative offset", `"start": 0,`, `"start": -1,`},
		{"score over 1", `"score": 0.612`, `"score": 1.5`},
		{"wrong version", `"version": 1`, `"version": 2`},
		{"added with a base sentence", `"kind": "added",
          "base": []`, `"kind": "added",
          "base": [1]`},
	} {
		var b bytes.Buffer
		if err := JSON(&b, storyReport()); err != nil {
			t.Fatal(err)
		}
		broken := strings.Replace(b.String(), tc.from, tc.to, 1)
		if broken == b.String() {
			t.Fatalf("%s: %q not found in the output", tc.name, tc.from)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(broken))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(inst); err == nil {
			t.Errorf("%s: the schema accepts it", tc.name)
		}
	}
}

// TestJSONContract decodes the output generically and checks the version 1
// contract field by field: presence and type of every field, indexes in
// range, offsets that match the text, rounding, and lists never null.
func TestJSONContract(t *testing.T) {
	for name, r := range map[string]*report.Report{"story": storyReport(), "seeds": seedReport(t), "hostile": hostileReport()} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := JSON(&b, r); err != nil {
				t.Fatal(err)
			}
			out := b.Bytes()
			if !bytes.HasSuffix(out, []byte("}\n")) {
				t.Errorf("output does not end with a newline after the object")
			}
			var v map[string]any
			dec := json.NewDecoder(bytes.NewReader(out))
			dec.UseNumber()
			if err := dec.Decode(&v); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			if at := findNull(v, ""); at != "" {
				t.Errorf("%s is null", at)
			}
			checkContract(t, v, r)
		})
	}
}

func checkContract(t *testing.T, v map[string]any, r *report.Report) {
	t.Helper()
	c := contract{t: t}
	if c.num(v, "version", "") != 1 {
		t.Errorf("version is not 1")
	}
	docs := c.list(v, "documents", "")
	if len(docs) != len(r.Documents) {
		t.Fatalf("%d documents, want %d", len(docs), len(r.Documents))
	}
	type docInfo struct {
		text               string
		nParas, nSents     int
		paraStart, paraEnd []int
	}
	infos := make([]docInfo, len(docs))
	for i, dv := range docs {
		at := fmt.Sprintf("documents[%d]", i)
		d := c.obj(dv, at)
		if got := c.str(d, "name", at); got != r.Documents[i].Name {
			t.Errorf("%s.name = %q, want %q (order of the command line)", at, got, r.Documents[i].Name)
		}
		c.str(d, "title", at)
		text := c.str(d, "text", at)
		info := docInfo{text: text}
		for j, pv := range c.list(d, "paragraphs", at) {
			pat := fmt.Sprintf("%s.paragraphs[%d]", at, j)
			p := c.obj(pv, pat)
			role := c.str(p, "role", pat)
			if !strings.Contains("body heading byline caption boilerplate", role) || role == "" {
				t.Errorf("%s.role = %q", pat, role)
			}
			s, e := c.offsets(p, pat, len(text))
			info.paraStart, info.paraEnd = append(info.paraStart, s), append(info.paraEnd, e)
			info.nParas++
		}
		for j, sv := range c.list(d, "sentences", at) {
			sat := fmt.Sprintf("%s.sentences[%d]", at, j)
			s := c.obj(sv, sat)
			p := c.num(s, "paragraph", sat)
			if p < 0 || p >= info.nParas {
				t.Errorf("%s.paragraph = %d, out of range", sat, p)
				continue
			}
			start, end := c.offsets(s, sat, len(text))
			if got := c.str(s, "text", sat); start <= end && end <= len(text) && got != text[start:end] {
				t.Errorf("%s.text = %q, but text[%d:%d] = %q", sat, got, start, end, text[start:end])
			}
			if start < info.paraStart[p] || end > info.paraEnd[p] {
				t.Errorf("%s lies outside its paragraph %d", sat, p)
			}
			info.nSents++
		}
		infos[i] = info
	}
	comps := c.list(v, "comparisons", "")
	if len(comps) != len(r.Comparisons) {
		t.Fatalf("%d comparisons, want %d", len(comps), len(r.Comparisons))
	}
	for i, cv := range comps {
		at := fmt.Sprintf("comparisons[%d]", i)
		cm := c.obj(cv, at)
		bi, oi := c.num(cm, "base", at), c.num(cm, "other", at)
		if bi < 0 || bi >= len(docs) || oi < 0 || oi >= len(docs) {
			t.Fatalf("%s: base %d or other %d out of range", at, bi, oi)
		}
		if bi != 0 || oi != i+1 {
			t.Errorf("%s compares documents %d and %d, want 0 and %d", at, bi, oi, i+1)
		}
		sum := c.obj(cm["summary"], at+".summary")
		want := r.Comparisons[i].Summary
		for k, n := range map[string]int{"identical": want.Identical, "edited": want.Edited, "paraphrased": want.Paraphrased,
			"added": want.Added, "dropped": want.Dropped, "moved": want.Moved} {
			if got := c.num(sum, k, at+".summary"); got != n {
				t.Errorf("%s.summary.%s = %d, want %d", at, k, got, n)
			}
		}
		c.score(sum, "reused", at+".summary")
		for j, pv := range c.list(cm, "paragraphs", at) {
			pat := fmt.Sprintf("%s.paragraphs[%d]", at, j)
			p := c.obj(pv, pat)
			c.indexes(p, "base", pat, infos[bi].nParas)
			c.indexes(p, "other", pat, infos[oi].nParas)
			c.score(p, "score", pat)
		}
		for j, sv := range c.list(cm, "sentences", at) {
			sat := fmt.Sprintf("%s.sentences[%d]", at, j)
			s := c.obj(sv, sat)
			kind := c.str(s, "kind", sat)
			nb := len(c.indexes(s, "base", sat, infos[bi].nSents))
			no := len(c.indexes(s, "other", sat, infos[oi].nSents))
			switch kind {
			case "identical", "edited", "paraphrased":
				if nb == 0 || no == 0 {
					t.Errorf("%s: %s record with an empty side", sat, kind)
				}
			case "added":
				if nb != 0 || no == 0 {
					t.Errorf("%s: added record must have only other sentences", sat)
				}
			case "dropped":
				if nb == 0 || no != 0 {
					t.Errorf("%s: dropped record must have only base sentences", sat)
				}
			default:
				t.Errorf("%s.kind = %q", sat, kind)
			}
			c.score(s, "score", sat)
			if _, ok := s["moved"].(bool); !ok {
				t.Errorf("%s.moved is not a boolean", sat)
			}
			c.diff(s, sat)
			// Evidence: never on added and dropped records; four fields,
			// lists never null. (These fixtures make some links by hand,
			// without evidence; the seeds' golden output has it on all.)
			ev, has := s["evidence"].(map[string]any)
			if linked := kind != "added" && kind != "dropped"; !linked && has {
				t.Errorf("%s: %s record, evidence present %v", sat, kind, has)
			}
			if has {
				for _, f := range []string{"names", "numbers", "words"} {
					if _, ok := ev[f].([]any); !ok {
						t.Errorf("%s.evidence.%s is not a list", sat, f)
					}
				}
				if _, ok := ev["support"].(string); !ok {
					t.Errorf("%s.evidence.support is not a string", sat)
				}
			}
		}
		checkFindingsContract(t, c, cm, at, r.ChecksOf(i), infos[bi].nSents, infos[oi].nSents, infos[oi].text)
	}
}

// checkFindingsContract checks the "quotes", "typos" and "facts" of
// comparison cm (at): all three present exactly when f is not nil, one
// entry per finding, sentence indexes in range, and the offsets of a typo
// giving its word in the OTHER's text.
func checkFindingsContract(t *testing.T, c contract, cm map[string]any, at string, f *check.Report, nb, no int, otherText string) {
	t.Helper()
	for _, k := range []string{"quotes", "typos", "facts"} {
		if _, ok := cm[k]; ok != (f != nil) {
			t.Errorf("%s.%s present %v, want %v (checked: %v)", at, k, ok, f != nil, f != nil)
		}
	}
	if f == nil {
		return
	}
	quotes, typos, facts := c.list(cm, "quotes", at), c.list(cm, "typos", at), c.list(cm, "facts", at)
	if len(quotes) != len(f.Quotes) || len(typos) != len(f.Typos) || len(facts) != len(f.Facts) {
		t.Fatalf("%s: %d quotes, %d typos, %d facts; want %d, %d, %d", at,
			len(quotes), len(typos), len(facts), len(f.Quotes), len(f.Typos), len(f.Facts))
	}
	for j, qv := range quotes {
		qat := fmt.Sprintf("%s.quotes[%d]", at, j)
		q := c.obj(qv, qat)
		for _, k := range []string{"change", "speaker", "other_speaker", "base", "other"} {
			c.str(q, k, qat)
		}
		c.indexes(q, "base_sentences", qat, nb)
		c.indexes(q, "other_sentences", qat, no)
		c.diff(q, qat)
		// A diff, when there is one, spells out both quotations.
		var bt, ot strings.Builder
		chunks := c.list(q, "diff", qat)
		for _, chv := range chunks {
			ch := chv.(map[string]any)
			if ch["op"] != "insert" {
				bt.WriteString(ch["text"].(string))
			}
			if ch["op"] != "delete" {
				ot.WriteString(ch["text"].(string))
			}
		}
		if len(chunks) > 0 && (bt.String() != q["base"] || ot.String() != q["other"]) {
			t.Errorf("%s: the diff gives %q and %q, not base %q and other %q", qat, bt.String(), ot.String(), q["base"], q["other"])
		}
	}
	for j, tv := range typos {
		tat := fmt.Sprintf("%s.typos[%d]", at, j)
		ty := c.obj(tv, tat)
		kind, word := c.str(ty, "kind", tat), c.str(ty, "other", tat)
		c.str(ty, "base", tat)
		if s := c.num(ty, "sentence", tat); s < 0 || s >= no {
			t.Errorf("%s.sentence = %d, out of range", tat, s)
		}
		if b := c.num(ty, "base_sentence", tat); b >= nb || b < 0 && (b != -1 || kind != "misspelling") {
			t.Errorf("%s.base_sentence = %d for a %s", tat, b, kind)
		}
		if s, e := c.offsets(ty, tat, len(otherText)); s <= e && e <= len(otherText) && otherText[s:e] != word {
			t.Errorf("%s: text[%d:%d] = %q, want the word %q", tat, s, e, otherText[s:e], word)
		}
	}
	for j, fv := range facts {
		fat := fmt.Sprintf("%s.facts[%d]", at, j)
		fa := c.obj(fv, fat)
		c.str(fa, "kind", fat)
		c.str(fa, "base", fat)
		c.str(fa, "other", fat)
		if b, o := c.num(fa, "base_sentence", fat), c.num(fa, "other_sentence", fat); b < 0 || b >= nb || o < 0 || o >= no {
			t.Errorf("%s: sentences %d, %d out of range", fat, b, o)
		}
	}
}

// diff checks the "diff" list of m: chunks with a known op and a text.
func (c contract) diff(m map[string]any, at string) {
	c.t.Helper()
	for k, chv := range c.list(m, "diff", at) {
		chat := fmt.Sprintf("%s.diff[%d]", at, k)
		ch := c.obj(chv, chat)
		if op := c.str(ch, "op", chat); op != "equal" && op != "delete" && op != "insert" {
			c.t.Errorf("%s.op = %q", chat, op)
		}
		c.str(ch, "text", chat)
	}
}

// contract reads fields of a generically decoded JSON value, reporting
// missing fields and wrong types.
type contract struct{ t *testing.T }

func (c contract) obj(v any, at string) map[string]any {
	c.t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		c.t.Fatalf("%s is %T, want an object", at, v)
	}
	return m
}

func (c contract) field(m map[string]any, k, at string) any {
	c.t.Helper()
	v, ok := m[k]
	if !ok {
		c.t.Fatalf("%s.%s is missing", at, k)
	}
	return v
}

func (c contract) str(m map[string]any, k, at string) string {
	c.t.Helper()
	s, ok := c.field(m, k, at).(string)
	if !ok {
		c.t.Fatalf("%s.%s is %T, want a string", at, k, m[k])
	}
	return s
}

func (c contract) num(m map[string]any, k, at string) int {
	c.t.Helper()
	n, ok := c.field(m, k, at).(json.Number)
	if !ok {
		c.t.Fatalf("%s.%s is %T, want a number", at, k, m[k])
	}
	i, err := n.Int64()
	if err != nil {
		c.t.Fatalf("%s.%s = %s, want an integer", at, k, n)
	}
	return int(i)
}

func (c contract) score(m map[string]any, k, at string) {
	c.t.Helper()
	n, ok := c.field(m, k, at).(json.Number)
	if !ok {
		c.t.Fatalf("%s.%s is %T, want a number", at, k, m[k])
	}
	f, err := n.Float64()
	if err != nil || f < 0 || f > 1 {
		c.t.Errorf("%s.%s = %s, want a number in [0,1]", at, k, n)
	}
	// At most three decimals.
	if i := strings.IndexByte(n.String(), '.'); i >= 0 && len(n.String())-i-1 > 3 {
		c.t.Errorf("%s.%s = %s has more than 3 decimals", at, k, n)
	}
}

func (c contract) list(m map[string]any, k, at string) []any {
	c.t.Helper()
	l, ok := c.field(m, k, at).([]any)
	if !ok {
		c.t.Fatalf("%s.%s is %T, want a list", at, k, m[k])
	}
	return l
}

func (c contract) indexes(m map[string]any, k, at string, n int) []int {
	c.t.Helper()
	var out []int
	for i, v := range c.list(m, k, at) {
		num, ok := v.(json.Number)
		x, err := num.Int64()
		if !ok || err != nil || x < 0 || int(x) >= n {
			c.t.Errorf("%s.%s[%d] = %v, want an index below %d", at, k, i, v, n)
			continue
		}
		out = append(out, int(x))
	}
	return out
}

func (c contract) offsets(m map[string]any, at string, size int) (int, int) {
	c.t.Helper()
	s, e := c.num(m, "start", at), c.num(m, "end", at)
	if s < 0 || e < s || e > size {
		c.t.Errorf("%s: offsets %d..%d do not fit a text of %d bytes", at, s, e, size)
	}
	return s, e
}

// TestJSONEmptyLists checks that empty lists are written as [] and that
// scores are rounded.
func TestJSONEmptyLists(t *testing.T) {
	empty := &article.Document{Name: "empty.txt"}
	other := testdoc.New("o", testdoc.Body("Only here."))
	r := &report.Report{Documents: []*article.Document{empty, other}, Comparisons: []*align.Comparison{{
		Base: empty, Other: other,
		Summary:   align.Summary{Added: 1, Reused: 1.0 / 3},
		Sentences: []align.SentenceLink{{Kind: align.Added, Other: []int{0}, Score: 2.0 / 3}},
	}}}
	var b bytes.Buffer
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{`"paragraphs": []`, `"sentences": []`, `"base": []`, `"diff": []`, `"from_base": 0,`, `"score": 0.667`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
}

// findNull returns the path of the first null in v, or "".
func findNull(v any, at string) string {
	switch x := v.(type) {
	case nil:
		return at + " "
	case map[string]any:
		for k, e := range x {
			if p := findNull(e, at+"."+k); p != "" {
				return p
			}
		}
	case []any:
		for i, e := range x {
			if p := findNull(e, fmt.Sprintf("%s[%d]", at, i)); p != "" {
				return p
			}
		}
	}
	return ""
}

// TestJSONDiffSpellsEachSide: in the JSON of every record with a diff,
// the equal and delete chunks give the BASE sentences exactly and the
// equal and insert chunks the OTHER sentences exactly, each side with its
// own quote marks, dashes and spaces.
func TestJSONDiffSpellsEachSide(t *testing.T) {
	r := seedReport(t)
	var b bytes.Buffer
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Documents []struct {
			Sentences []struct{ Text string }
		}
		Comparisons []struct {
			Base, Other int
			Sentences   []struct {
				Base, Other []int
				Diff        []jsonChunk
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	join := func(doc int, idx []int) string {
		var parts []string
		for _, i := range idx {
			parts = append(parts, out.Documents[doc].Sentences[i].Text)
		}
		return strings.Join(parts, " ")
	}
	checked := 0
	for _, c := range out.Comparisons {
		for k, s := range c.Sentences {
			if len(s.Diff) == 0 {
				continue
			}
			var base, other strings.Builder
			for _, ch := range s.Diff {
				if ch.Op != "insert" {
					base.WriteString(ch.Text)
				}
				if ch.Op != "delete" {
					other.WriteString(ch.Text)
				}
			}
			if got, want := base.String(), join(c.Base, s.Base); got != want {
				t.Errorf("record %d: base side %q, want %q", k, got, want)
			}
			if got, want := other.String(), join(c.Other, s.Other); got != want {
				t.Errorf("record %d: other side %q, want %q", k, got, want)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no record with a diff in the seed report")
	}
}

// TestJSONFigures checks the two figures in JSON: each comparison's
// summary has from_base and base_carried (report.Figures), reused is
// from_base under its old name, and each coverage outlet has them too,
// carried being base_carried under its old name.
func TestJSONFigures(t *testing.T) {
	r := twoOthersReport()
	r.Coverage = align.Coverage(r.Comparisons)
	var buf bytes.Buffer
	if err := JSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Comparisons []struct {
			Summary struct {
				FromBase    *float64 `json:"from_base"`
				BaseCarried *float64 `json:"base_carried"`
				Reused      float64  `json:"reused"`
			} `json:"summary"`
		} `json:"comparisons"`
		Coverage struct {
			Outlets []struct {
				FromBase    *float64 `json:"from_base"`
				BaseCarried *float64 `json:"base_carried"`
				Carried     float64  `json:"carried"`
				Own         float64  `json:"own"`
			} `json:"outlets"`
		} `json:"coverage"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Comparisons) != 2 || len(out.Coverage.Outlets) != 2 {
		t.Fatalf("got %d comparisons and %d outlets, want 2 and 2", len(out.Comparisons), len(out.Coverage.Outlets))
	}
	for i, c := range out.Comparisons {
		f := report.FiguresOf(r.Comparisons[i])
		s := c.Summary
		if s.FromBase == nil || s.BaseCarried == nil {
			t.Fatalf("comparison %d: summary lacks from_base or base_carried", i)
		}
		if *s.FromBase != round3(f.FromBase) || *s.BaseCarried != round3(f.BaseCarried) || s.Reused != *s.FromBase {
			t.Errorf("comparison %d: from_base %v, base_carried %v, reused %v; want %v, %v and reused = from_base",
				i, *s.FromBase, *s.BaseCarried, s.Reused, round3(f.FromBase), round3(f.BaseCarried))
		}
		o := out.Coverage.Outlets[i]
		if o.FromBase == nil || o.BaseCarried == nil || *o.BaseCarried != *s.BaseCarried || *o.FromBase != *s.FromBase ||
			o.Carried != *o.BaseCarried || o.Own != round3(1-f.FromBase) {
			t.Errorf("outlet %d: %+v disagrees with its comparison's figures %+v", i, o, f)
		}
	}
	if f := report.FiguresOf(r.Comparisons[0]); f.FromBase == f.BaseCarried {
		t.Fatalf("the fixture's figures are equal (%v): the test cannot tell them apart", f)
	}
}

// TestJSONDocumentDate checks documents[].date: RFC 3339 in the zone the
// article gave, absent when the article gives no date, and valid against
// the schema either way.
func TestJSONDocumentDate(t *testing.T) {
	r := storyReport()
	r.Documents[0].Date = time.Date(2026, 1, 27, 20, 26, 0, 0, time.FixedZone("IST", 5*3600+1800))
	r.Documents[1].Date = time.Time{}
	var b bytes.Buffer
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Documents []map[string]any `json:"documents"`
	}
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if got := v.Documents[0]["date"]; got != "2026-01-27T20:26:00+05:30" {
		t.Errorf("documents[0].date = %v, want 2026-01-27T20:26:00+05:30", got)
	}
	if got, ok := v.Documents[1]["date"]; ok {
		t.Errorf("documents[1].date = %v, want no field for an undated article", got)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := compileSchema(t).Validate(inst); err != nil {
		t.Errorf("output does not match the schema: %v", err)
	}
}
