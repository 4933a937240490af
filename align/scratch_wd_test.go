package align

import (
	"fmt"
	"testing"
)

func TestScratchWD(t *testing.T) {
	for _, p := range [][2]string{
		{"The former Italian Prime Minister Giuseppe Conte urged the country’s government to “set -our own limits” and “make clear decisions.”", `Former prime minister Giuseppe Conte called on the government to "set our own limits" and make clear decisions in response to what he described as increasingly aggressive tactics by the agency in the United States.`},
		{"the cat sat on the mat", "the dog sat on a mat"},
		{"Ready 👍🏽 go", "Ready 👍 go"},
	} {
		fmt.Printf("%q\n", WordDiff(p[0], p[1]))
	}
}
