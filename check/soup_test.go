package check

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestRunOnWordSoup: Run keeps its report consistent (see checkReport),
// and does not panic, on texts made of the words the checks look for most
// (names, titles, speech verbs, pronouns, quotation marks, figures,
// abbreviations) in random order, each against itself or with a word
// changed (FuzzRun explores from hand-written seeds; this starts from many
// more shapes). A seeded source keeps the texts the same from run to run.
func TestRunOnWordSoup(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	vocab := strings.Fields(`Matteo Piantedosi Giorgia Meloni Sala John Smith Dr. Ana Lima Sen. Bob Roe the a former prime minister Minister Interior mayor Mayor president President spokesperson spokeswoman senator said told added says warned according to asked he she they it we who which that his her their , , , . . . ; : “ ” " ' ’s — – ( ) … 5 12 1999 $3 million percent % Monday in of and on Milan Italy ICE DHS U.S. Jr. St. Mr. Mrs. no yes not welcome`)
	for i := range 3000 {
		n := 3 + r.IntN(40)
		var b strings.Builder
		for range n {
			w := vocab[r.IntN(len(vocab))]
			b.WriteString(w)
			switch r.IntN(10) {
			case 0:
				b.WriteString("\n\n")
			case 1:
			default:
				b.WriteString(" ")
			}
		}
		a := b.String()
		c2 := a
		if r.IntN(2) == 0 {
			ws := strings.Fields(a)
			if len(ws) > 2 {
				ws[r.IntN(len(ws))] = vocab[r.IntN(len(vocab))]
			}
			c2 = strings.Join(ws, " ")
		}
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Fatalf("panic %v on\nA: %q\nB: %q", e, a, c2)
				}
			}()
			if msg := runTexts(a, c2); msg != "" {
				t.Fatalf("%d: %s\nA: %q\nB: %q", i, msg, a, c2)
			}
		}()
	}
}
