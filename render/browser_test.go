package render

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/report"
)

var screenshot = flag.String("screenshot", "",
	"where TestHTMLInBrowser saves its PNG screenshot of a report (default $WIREDIFF_SCREENSHOT, else a temporary directory)")

// findBrowser returns the path of a Chromium or Chrome, or "".
func findBrowser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// browserPage collects what a page did: its requests and its console
// messages of level warning or error (including exceptions and CSP reports).
type browserPage struct {
	mu       sync.Mutex
	requests []string
	problems []string
}

func (p *browserPage) listen(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		p.requests = append(p.requests, e.Request.URL)
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning || e.Type == runtime.ConsoleAPICalledTypeAssert {
			p.problems = append(p.problems, fmt.Sprintf("console.%s", e.Type))
		}
	case *runtime.EventExceptionThrown:
		p.problems = append(p.problems, "exception: "+e.ExceptionDetails.Text)
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
			p.problems = append(p.problems, fmt.Sprintf("%s %s: %s", e.Entry.Source, e.Entry.Level, e.Entry.Text))
		}
	}
}

func (p *browserPage) reset() ([]string, []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, q := p.requests, p.problems
	p.requests, p.problems = nil, nil
	return r, q
}

// twoOthersReport is storyReport with a second OTHER (a verbatim copy of
// the BASE, checked and found clean), so that the page has tabs.
func twoOthersReport() *report.Report {
	r := storyReport()
	base := r.Documents[0]
	cp := *base
	cp.Name = "copy.txt"
	c := &align.Comparison{Base: base, Other: &cp, Summary: align.Summary{Reused: 1}}
	for i, s := range base.Sentences {
		if base.Paragraphs[s.Paragraph].Role != article.Body {
			continue
		}
		c.Summary.Identical++
		c.Sentences = append(c.Sentences, align.SentenceLink{Kind: align.Identical, Base: []int{i}, Other: []int{i}, Score: 1,
			Diff: []align.Chunk{eq(s.Text)}})
	}
	r.Documents = append(r.Documents, &cp)
	r.Comparisons = append(r.Comparisons, c)
	r.Checks = append(r.Checks, &check.Report{}) // checked, nothing found
	return r
}

// TestHTMLInBrowser opens reports in headless Chromium and checks what only
// a browser can: the page loads without errors or requests, its script
// works (tabs, partner highlighting, n/p navigation, dark and print styles)
// and hostile article text runs nothing.
func TestHTMLInBrowser(t *testing.T) {
	bin := findBrowser()
	if bin == "" {
		t.Skip("no Chromium or Chrome found (looked for chromium, chromium-browser, google-chrome); " +
			"on Debian: apt-get install chromium")
	}
	dir := t.TempDir()
	write := func(name string, r *report.Report) string { return writeHTMLFile(t, dir, name, r) }
	storyURL := write("story.html", twoOthersReport())
	hostileURL := write("hostile.html", hostileReport())

	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// The first call starts the browser and must not carry a deadline
	// (it would end the browser); a watchdog ends a hung run instead.
	watchdog := time.AfterFunc(90*time.Second, cancel)
	defer watchdog.Stop()

	page := &browserPage{}
	if err := chromedp.Listen(ctx, page.listen); err != nil {
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
	visible := func(sel string) bool {
		return eval(`(() => { const e = document.querySelector(`+quoteJS(sel)+`);
			return !!e && e.getClientRects().length > 0; })()`) == true
	}

	// The story page.
	page.reset()
	if err := chromedp.Do(ctx, chromedp.Navigate(storyURL), chromedp.WaitVisible(chromedp.CSS("#c1-r3"))); err != nil {
		t.Fatalf("opening %s: %v", storyURL, err)
	}
	// Let the page settle so late errors or requests show up.
	if err := chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	requests, problems := page.reset()
	for _, p := range problems {
		t.Errorf("console: %s", p)
	}
	for _, r := range requests {
		if r != storyURL {
			t.Errorf("page requested %s; want no request but the page itself", r)
		}
	}
	if len(requests) == 0 {
		t.Errorf("saw no request for the page itself: the request listener is not working")
	}

	// Tabs: the first panel shows, the second is hidden until chosen.
	if !visible("#c1") || visible("#c2") {
		t.Errorf("at load: panel 1 visible %v, panel 2 visible %v; want only panel 1", visible("#c1"), visible("#c2"))
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#c2-tab"))); err != nil {
		t.Fatal(err)
	}
	if visible("#c1") || !visible("#c2") {
		t.Errorf("after choosing tab 2: panel 1 visible %v, panel 2 visible %v; want only panel 2", visible("#c1"), visible("#c2"))
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#c1-tab"))); err != nil {
		t.Fatal(err)
	}

	// A finding of the checks links to its row: following it focuses
	// the sentence there.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#c1 .checks a"))); err != nil {
		t.Fatal(err)
	}
	if got := eval(`document.activeElement.closest("tr") ? document.activeElement.closest("tr").id : ""`); got != "c1-r3" {
		t.Errorf("following the finding focused row %v, want c1-r3", got)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`)); err != nil {
		t.Fatal(err)
	}

	// Hovering the BASE side of the altered quotation marks the OTHER side.
	partner := `document.querySelector("#c1-r3 td:last-child .s").classList.contains("partner")`
	if eval(partner) == true {
		t.Fatalf("partner marked before any hover")
	}
	xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => {
		const e = document.querySelector("#c1-r3 td:first-child .s");
		window.scrollTo(0, 0);
		e.scrollIntoView({block: "nearest"});
		const r = e.getClientRects()[0]; // the first line of the sentence
		return [r.left + r.width / 2, r.top + r.height / 2];
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.MouseEvent(chromedp.MouseMoved, xy[0], xy[1])); err != nil {
		t.Fatal(err)
	}
	if eval(partner) != true {
		t.Errorf("hovering the base sentence did not mark its partner")
	}
	if eval(`document.querySelector("#c1-r2 td:last-child .s").classList.contains("partner")`) == true {
		t.Errorf("hovering one sentence marked the partner of another")
	}
	// Focusing a moved sentence marks its other place too.
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS("#c1-r5 td:first-child .s"))); err != nil {
		t.Fatal(err)
	}
	if eval(`document.querySelector("#c1-g5 .s").classList.contains("partner")`) != true {
		t.Errorf("focusing a moved sentence did not mark its other place")
	}

	// n and p walk the changes of the visible panel.
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`)); err != nil {
		t.Fatal(err)
	}
	focusedRow := `document.activeElement.closest("tr") ? document.activeElement.closest("tr").id : ""`
	changes := eval(`Array.from(document.querySelectorAll("#c1 tr.change")).map(r => r.id)`).([]any)
	if len(changes) < 3 {
		t.Fatalf("panel 1 has %d changes; the fixture has more", len(changes))
	}
	for i, step := range []struct {
		key  string
		want any
	}{{"n", changes[0]}, {"n", changes[1]}, {"n", changes[2]}, {"p", changes[1]}} {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(step.key)); err != nil {
			t.Fatal(err)
		}
		if got := eval(focusedRow); got != step.want {
			t.Errorf("key %d (%s): focus on row %v, want %v", i+1, step.key, got, step.want)
		}
	}

	// Dark and print styles.
	bg := `getComputedStyle(document.body).backgroundColor`
	light := eval(bg)
	if _, err := chromedp.Run(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
		})
		return err
	})); err != nil {
		t.Fatal(err)
	}
	if dark := eval(bg); dark == light {
		t.Errorf("background is %v in both light and dark schemes", dark)
	}
	if _, err := chromedp.Run(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	})); err != nil {
		t.Fatal(err)
	}
	if visible("nav.changes") || !visible("#c2") {
		t.Errorf("print: navigation visible %v, second panel visible %v; want navigation hidden and every panel shown",
			visible("nav.changes"), visible("#c2"))
	}
	if _, err := chromedp.Run(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "light"}},
		})
		return err
	})); err != nil {
		t.Fatal(err)
	}

	// The seed report, for a screenshot of real articles: the first
	// altered quotation hovered.
	seedsURL := write("seeds.html", seedReport(t))
	page.reset()
	if err := chromedp.Do(ctx, chromedp.Navigate(seedsURL), chromedp.WaitVisible(chromedp.CSS("#c1"))); err != nil {
		t.Fatalf("opening %s: %v", seedsURL, err)
	}
	requests, problems = page.reset()
	for _, p := range problems {
		t.Errorf("seed page console: %s", p)
	}
	for _, r := range requests {
		if r != seedsURL {
			t.Errorf("seed page requested %s", r)
		}
	}
	xy, err = chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => {
		const e = document.querySelector("#c1 tr.quote td:first-child .s") ||
			document.querySelector("#c1 tr.change td:first-child .s");
		if (!e) return [0, 0];
		e.scrollIntoView({block: "center"});
		const r = e.getClientRects()[0];
		return [r.left + r.width / 2, r.top + r.height / 2];
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.MouseEvent(chromedp.MouseMoved, xy[0], xy[1])); err != nil {
		t.Fatal(err)
	}
	shot := *screenshot
	if shot == "" {
		shot = os.Getenv("WIREDIFF_SCREENSHOT")
	}
	if shot == "" {
		shot = filepath.Join(t.TempDir(), "report.png")
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot of the seed report: %s", shot)

	// The hostile page: its text shows as text and nothing runs.
	page.reset()
	if err := chromedp.Do(ctx, chromedp.Navigate(hostileURL), chromedp.WaitVisible(chromedp.CSS("#c1-r1"))); err != nil {
		t.Fatalf("opening %s: %v", hostileURL, err)
	}
	if err := chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	requests, problems = page.reset()
	for _, p := range problems {
		t.Errorf("hostile page console: %s", p)
	}
	for _, r := range requests {
		if r != hostileURL {
			t.Errorf("hostile page requested %s", r)
		}
	}
	if got := eval(`typeof window.pwned`); got != "undefined" {
		t.Errorf("window.pwned is %v: article text ran as script", got)
	}
	if got := eval(`document.scripts.length`); got != float64(1) {
		t.Errorf("page has %v scripts, want 1", got)
	}
	if got := eval(`document.querySelectorAll("img").length`); got != float64(0) {
		t.Errorf("page has %v img elements, want 0 (article markup became elements)", got)
	}
	text := eval(`document.body.innerText`).(string)
	for _, want := range []string{"<script>window.pwned=1</script>", `</textarea><img src=x onerror="window.pwned=1">`} {
		if !strings.Contains(text, want) {
			t.Errorf("page text lacks %q", want)
		}
	}
}

// quoteJS quotes s as a JavaScript string literal.
func quoteJS(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + "'"
}

// writeHTMLFile writes the HTML page of r to dir/name and returns its
// file: URL, for the browser to open.
func writeHTMLFile(t *testing.T, dir, name string, r *report.Report) string {
	t.Helper()
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := HTML(f, r); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}
