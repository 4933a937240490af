package article_test

import (
	"fmt"

	"github.com/wirediff/wirediff/article"
)

func ExampleParse() {
	text := "Italian Pushback\n\n" +
		"“We cannot allow this,” he added. “Our government tried to downplay it.”\n\n" +
		"CNN’s Kit Maher contributed reporting.\n"
	doc, err := article.Parse("story.txt", []byte(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:", doc.Title)
	for _, s := range doc.Sentences {
		p := doc.Paragraphs[s.Paragraph]
		fmt.Printf("%-11s [%3d:%3d] %s\n", p.Role, s.Start, s.End, s.Text)
	}
	// Output:
	// title: Italian Pushback
	// heading     [  0: 16] Italian Pushback
	// body        [ 18: 55] “We cannot allow this,” he added.
	// body        [ 56: 98] “Our government tried to downplay it.”
	// boilerplate [100:140] CNN’s Kit Maher contributed reporting.
}

func ExampleParse_error() {
	_, err := article.Parse("scan.pdf", []byte("%PDF-1.7\n..."))
	fmt.Println(err)
	// Output:
	// scan.pdf: looks like a PDF file; wirediff reads plain text and HTML
}
