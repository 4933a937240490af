package render

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/corpus"
	"github.com/wirediff/wirediff/report"
)

// phoneWidth is the width, in CSS pixels, of a common phone held upright.
const phoneWidth = 390

// TestHTMLOnPhone opens reports in headless Chromium at phone width and
// checks that nothing makes the page scroll sideways: a two-way report
// with long file names, the N-way coverage table (whose outlet columns
// must be on screen) and a search page. It also checks that the page
// shows each side's text as given: the OTHER's straight quotes stay
// straight next to the BASE's curly ones.
func TestHTMLOnPhone(t *testing.T) {
	bin := findBrowser()
	if bin == "" {
		t.Skip("no Chromium or Chrome found; on Debian: apt-get install chromium")
	}
	dir := t.TempDir()
	write := func(name string, r *report.Report) string { return writeHTMLFile(t, dir, name, r) }

	long := "wire_service_story_about_the_winter_olympics_and_ice_agents_as_first_published.txt"
	base := phoneDoc(t, long, "The mayor said: “We set our own limits.” The council met on Tuesday.\n\n"+
		"Officials said the agents would have an advisory role only.\n")
	other := phoneDoc(t, "another_outlet_with_a_very_long_name_for_its_rewritten_copy_of_the_story.html",
		"The mayor said: \"We set our own limits.\" The council met on Wednesday.\n\n"+
			"Officials said the agents would have an advisory role only.\n")
	pair := report.Run([]*article.Document{base, other}, report.Options{Version: "test"})
	pairURL := write("pair.html", pair)

	nway := report.Run(append([]*article.Document(nil), seedReport(t).Documents...), report.Options{Version: "test"})
	if nway.Coverage == nil {
		t.Fatal("the seed report has no coverage table")
	}
	nwayURL := write("nway.html", nway)

	// A search of the seeds for 000, with a long file name among them.
	seeds := t.TempDir()
	for i, d := range nway.Documents {
		name := d.Name
		if i == 1 {
			name = strings.Repeat("rewrite_", 12) + name
		}
		if err := os.WriteFile(filepath.Join(seeds, name), []byte(d.Text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := corpus.Search(context.Background(), nway.Documents[0], []string{seeds}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	searchPath := filepath.Join(dir, "search.html")
	var sb strings.Builder
	if err := SearchHTML(&sb, res, "test"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(searchPath, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	searchURL := (&url.URL{Scheme: "file", Path: searchPath}).String()

	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(phoneWidth, 844),
	)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	watchdog := time.AfterFunc(90*time.Second, cancel)
	defer watchdog.Stop()
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	eval := func(expr string) any {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr))
		if err != nil {
			t.Fatalf("evaluating %s: %v", expr, err)
		}
		return v
	}
	open := func(u, sel string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, 844), chromedp.Navigate(u), chromedp.WaitVisible(chromedp.CSS(sel))); err != nil {
			t.Fatalf("opening %s: %v", u, err)
		}
		if w := eval(`window.innerWidth`); w != float64(phoneWidth) {
			t.Fatalf("window is %v px wide, want %d", w, phoneWidth)
		}
	}
	noSideScroll := func(page string) {
		t.Helper()
		if w := eval(`document.documentElement.scrollWidth`).(float64); w > phoneWidth {
			wide := eval(`Array.from(document.querySelectorAll("body *")).filter(e => e.getBoundingClientRect().right > ` +
				`document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + "." + e.className).join(", ")`)
			t.Errorf("%s: page is %v px wide at %d px (wider: %v)", page, w, phoneWidth, wide)
		}
	}

	// Two-way: names wrap, BASE and OTHER stack.
	open(pairURL, "#c1")
	noSideScroll("two-way report")
	if got := eval(`(() => { const r = document.querySelector("#c1 tbody tr:not(.para)");
		const [a, b] = [r.cells[0], r.cells[2]].map(c => c.getBoundingClientRect());
		return b.top >= a.bottom - 1 && b.width > 200; })()`); got != true {
		t.Errorf("two-way report: BASE and OTHER cells are not stacked full width on a phone")
	}
	// Each side as given: the OTHER's straight quotes, the BASE's curly.
	otherText := eval(`Array.from(document.querySelectorAll("#c1 tbody tr:not(.para) td:last-child .s")).map(e => e.textContent).join(" ")`).(string)
	baseText := eval(`Array.from(document.querySelectorAll("#c1 tbody tr:not(.para) td:first-child .s")).map(e => e.textContent).join(" ")`).(string)
	if !strings.Contains(otherText, "\"We set our own limits.\"") {
		t.Errorf("OTHER's text on the page %q lacks its straight quotes as given", otherText)
	}
	if !strings.Contains(baseText, "“We set our own limits.”") {
		t.Errorf("BASE's text on the page %q lacks its curly quotes as given", baseText)
	}

	// N-way: the coverage table's outlet columns are on screen.
	open(nwayURL, ".cov")
	noSideScroll("N-way report")
	cols := eval(`Array.from(document.querySelectorAll(".cov thead th")).slice(1, -1).map(th => th.getBoundingClientRect().right)`).([]any)
	if len(cols) != len(nway.Comparisons) {
		t.Fatalf("coverage table has %d outlet columns, want %d", len(cols), len(nway.Comparisons))
	}
	for k, right := range cols {
		if right.(float64) > phoneWidth {
			t.Errorf("outlet column %d ends at %v px, off a %d px screen", k+1, right, phoneWidth)
		}
	}

	// Search: the summary and ranking come first, and fit.
	open(searchURL, ".search")
	noSideScroll("search page")
	if got := eval(`document.querySelector("header.page").nextElementSibling.classList.contains("search") &&
		document.querySelectorAll(".search .ranking tbody tr").length > 0`); got != true {
		t.Errorf("search page: the search summary is not before the comparisons")
	}
}

func phoneDoc(t *testing.T, name, text string) *article.Document {
	t.Helper()
	d, err := article.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}
