package align

import "testing"

// TestNames: kinds and ops print their JSON names, and a value out of
// range prints as itself instead of panicking.
func TestNames(t *testing.T) {
	for _, tc := range []struct {
		got, want string
	}{
		{Identical.String(), "identical"},
		{Dropped.String(), "dropped"},
		{Kind(9).String(), "Kind(9)"},
		{Kind(-1).String(), "Kind(-1)"},
		{Insert.String(), "insert"},
		{Op(7).String(), "Op(7)"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
