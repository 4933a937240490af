package render

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/report"
)

// FuzzRender runs every renderer on the comparison of two arbitrary texts
// and its checks: no renderer may fail or panic on a comparison that
// Compare made or on the findings check.Run gave, and the JSON must stay
// valid against the schema.
func FuzzRender(f *testing.F) {
	f.Add("The mayor spoke. He said “no.”", "The mayor spoke on Tuesday. He said \"no.\"")
	f.Add("<p>One <b>two</b></p><script>x()</script>", "One two. Three.")
	f.Add("米兰市长说。冬奥会！", "米兰市长说。")
	f.Add("a\n\nb\n\nc", "c\n\nb\n\na")
	f.Add("Café 🇮🇹 e\u0301.", "Cafe\u0301 🇮🇹.")
	schema := compileSchema(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		base, err := article.Parse("a", []byte(a))
		if err != nil {
			return // unreadable input is article's business, tested there
		}
		other, err := article.Parse("b", []byte(b))
		if err != nil {
			return
		}
		c := align.Compare(base, other, align.Options{})
		r := &report.Report{Documents: []*article.Document{base, other}, Comparisons: []*align.Comparison{c},
			Checks: []*check.Report{check.Run(c, nil)}, Version: "fuzz"}

		var out bytes.Buffer
		if err := JSON(&out, r); err != nil {
			t.Fatalf("JSON: %v", err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatalf("JSON output does not parse: %v", err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Fatalf("JSON output breaks the schema: %v", err)
		}
		if !json.Valid(out.Bytes()) {
			t.Fatal("JSON output is not valid JSON")
		}
		if err := HTML(io.Discard, r); err != nil {
			t.Fatalf("HTML: %v", err)
		}
		for _, o := range []TermOptions{
			{},
			{Color: true, Width: 40},
			{SideBySide: true, Width: 60},
			{Order: OtherOrder, Width: 20},
			{Stat: true},
			{Quiet: true},
		} {
			if err := Term(io.Discard, r, o); err != nil {
				t.Fatalf("Term(%+v): %v", o, err)
			}
		}
	})
}
