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
