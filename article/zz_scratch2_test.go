package article

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestScratchDocs(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(os.Getenv("SCRATCH"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		d, err := Parse(f, b)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("===== %s title=%q format=%s enc=%s\n", f, d.Title, d.Format, d.Encoding)
		si := 0
		for pi, p := range d.Paragraphs {
			txt := d.Text[p.Start:p.End]
			if len(txt) > 90 {
				txt = txt[:90]
			}
			fmt.Printf("[%d %s] %s\n", pi, p.Role, txt)
			for si < len(d.Sentences) && d.Sentences[si].Paragraph == pi {
				if os.Getenv("SENT") != "" {
					fmt.Printf("    | %s\n", d.Sentences[si].Text)
				}
				si++
			}
		}
	}
}
