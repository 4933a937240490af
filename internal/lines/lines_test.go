package lines

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	table := "a 1\nab\nabc x y\nb 22\nbc\nzz 9\n"
	if err := Check(table); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		key, data string
		ok        bool
	}{
		{"a", "1", true}, {"ab", "", true}, {"abc", "x y", true}, {"b", "22", true},
		{"bc", "", true}, {"zz", "9", true},
		{"", "", false}, {"aa", "", false}, {"abcd", "", false}, {"c", "", false},
		{"zzz", "", false}, {"0", "", false}, {"1", "", false},
	} {
		data, ok := Find(table, c.key)
		if data != c.data || ok != c.ok {
			t.Errorf("Find(%q) = %q, %v; want %q, %v", c.key, data, ok, c.data, c.ok)
		}
	}
	if _, ok := Find("", "a"); ok {
		t.Error("found a key in an empty table")
	}
}

// TestFindAll checks every key, and the gaps between keys, of tables of
// every size up to a few hundred lines with lines of varied lengths.
func TestFindAll(t *testing.T) {
	for n := 1; n < 300; n += 7 {
		var keys []string
		for i := range n {
			keys = append(keys, fmt.Sprintf("k%05d", i*3))
		}
		slices.Sort(keys)
		var b strings.Builder
		for i, k := range keys {
			b.WriteString(k)
			if i%3 != 0 {
				b.WriteString(" " + strings.Repeat("d", i%11))
			}
			b.WriteByte('\n')
		}
		table := b.String()
		if err := Check(table); err != nil {
			t.Fatal(err)
		}
		for i, k := range keys {
			if data, ok := Find(table, k); !ok || (i%3 != 0 && data != strings.Repeat("d", i%11)) {
				t.Fatalf("n=%d: Find(%q) = %q, %v", n, k, data, ok)
			}
			if _, ok := Find(table, k+"0"); ok {
				t.Fatalf("n=%d: found %q", n, k+"0")
			}
		}
	}
}

func TestCheck(t *testing.T) {
	for _, bad := range []string{"", "a\nb", "b\na\n", "a\na\n", "a\n\n", " x\n"} {
		if Check(bad) == nil {
			t.Errorf("Check(%q) = nil, want an error", bad)
		}
	}
}

// FuzzFind holds Find to a linear search over the lines of a table built
// from the input's lines, sorted and without repeated keys.
func FuzzFind(f *testing.F) {
	f.Add("a 1\nab\nabc x y\nb 22\nbc\nzz 9\n", "abc")
	f.Add("k "+strings.Repeat("x", 200)+"\nl\nm 1\n", "m")
	f.Fuzz(func(t *testing.T, text, key string) {
		seen := map[string]string{}
		for _, line := range strings.Split(text, "\n") {
			k, data, _ := strings.Cut(line, " ")
			if k == "" || strings.Contains(key, "\n") {
				continue
			}
			if _, dup := seen[k]; !dup {
				seen[k] = data
			}
		}
		keys := make([]string, 0, len(seen))
		for k := range seen {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var b strings.Builder
		for _, k := range keys {
			b.WriteString(k)
			if seen[k] != "" {
				b.WriteString(" " + seen[k])
			}
			b.WriteByte('\n')
		}
		table := b.String()
		if table == "" {
			return
		}
		if err := Check(table); err != nil {
			t.Fatal(err)
		}
		for _, k := range append(keys, key) {
			want, wantOK := seen[k]
			got, ok := Find(table, k)
			if ok != wantOK || got != want {
				t.Fatalf("Find(%q) = %q, %v; want %q, %v\ntable %q", k, got, ok, want, wantOK, table)
			}
		}
	})
}

// BenchmarkFind looks up present and absent keys in a table the size of
// the embedded word list (100,000 lines of a word and a count).
func BenchmarkFind(b *testing.B) {
	var keys []string
	for i := range 100000 {
		keys = append(keys, fmt.Sprintf("w%07d", i*7919%1000003))
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	var t strings.Builder
	for i, k := range keys {
		fmt.Fprintf(&t, "%s %d\n", k, i)
	}
	table := t.String()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Find(table, keys[i*31%len(keys)])
		Find(table, keys[i*17%len(keys)]+"x")
	}
}
