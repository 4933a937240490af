package align_test

import (
	"fmt"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
)

// ExampleCompare compares a wire story with an outlet's copy of it: one
// sentence is carried over unchanged, one has a word replaced, and the
// outlet adds a sentence of its own.
func ExampleCompare() {
	base, err := article.Parse("wire.txt", []byte("Forty residents were evacuated by helicopter on Monday. "+
		"The road will remain closed until Friday."))
	if err != nil {
		fmt.Println(err)
		return
	}
	other, err := article.Parse("outlet.txt", []byte("Forty residents were evacuated by helicopter on Monday. "+
		"The road will stay closed until Friday. Volunteers have offered help."))
	if err != nil {
		fmt.Println(err)
		return
	}
	c := align.Compare(base, other, align.Options{})
	for _, r := range c.Sentences {
		fmt.Printf("%-9s base %v other %v\n", r.Kind, r.Base, r.Other)
		if r.Kind == align.Edited {
			for _, ch := range r.Diff {
				if ch.Op != align.Equal {
					fmt.Printf("  %s %q\n", ch.Op, ch.Text)
				}
			}
		}
	}
	fmt.Printf("%d identical, %d edited, %d added\n", c.Summary.Identical, c.Summary.Edited, c.Summary.Added)
	// Output:
	// identical base [0] other [0]
	// edited    base [1] other [1]
	//   delete "remain"
	//   insert "stay"
	// added     base [] other [2]
	// 1 identical, 1 edited, 1 added
}
