// Package sourcecheck reads the pages certpath's facts cite and tells, for
// each figure with a quote, whether its page still says it: one GET per
// source through the postings link reader, with its budgets.
package sourcecheck

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"certpath/catalog"
	"certpath/content"
	"certpath/postings"
	"certpath/words"
)

// Verdict is what a check found for one figure.
type Verdict string

// The verdicts, from best to worst news.
const (
	StillSays   Verdict = "still_says"  // the quote is on the page
	Changed     Verdict = "changed"     // the page is there, the quote is not
	Moved       Verdict = "moved"       // the address redirects to another page
	Gone        Verdict = "gone"        // the page answers 404 or 410
	Unreachable Verdict = "unreachable" // a network error or a budget hit
)

// Verdicts lists every verdict in the order reports show them.
func Verdicts() []Verdict { return []Verdict{StillSays, Changed, Moved, Gone, Unreachable} }

// Label is the verdict in words: "still says".
func (v Verdict) Label() string { return strings.ReplaceAll(string(v), "_", " ") }

// Target is one quoted figure and the page its source is at.
type Target struct {
	content.FactRef
	// CertName is the certification's short name, for the report.
	CertName string
	// URL is the source's address in sources.yaml.
	URL string
}

// Skipped counts the sourced values a check leaves alone.
type Skipped struct {
	// Unquoted values have no quote to look for.
	Unquoted int `json:"without_quote"`
	// Earlier values were retired or ended before the library's today: no
	// page is expected to say them still.
	Earlier int `json:"earlier_values"`
}

// Targets lists the current and announced values with a quote, in
// catalogue order, kept to the certifications or sources only names (none:
// all), and counts the values it leaves out.
func Targets(lib *content.Library, only []string) (targets []Target, skipped Skipped, err error) {
	want := map[string]bool{}
	for _, id := range only {
		_, isSource := lib.Source(id)
		_, isCert := lib.Cert(catalog.CertID(id))
		if !isSource && !isCert {
			return nil, skipped, fmt.Errorf("--only %q is neither a certification ID (certpath certs list) nor a source ID from sources.yaml (S31)", id)
		}
		want[id] = true
	}
	matched := map[string]bool{}
	for _, f := range lib.Facts() {
		if len(want) > 0 && !want[string(f.Cert)] && !want[f.Fact.Source] {
			continue
		}
		switch {
		case f.Fact.StatusOn(lib.Now()) == content.Earlier:
			skipped.Earlier++
			continue
		case f.Fact.Quote == "":
			skipped.Unquoted++
			continue
		}
		matched[string(f.Cert)], matched[f.Fact.Source] = true, true
		c, _ := lib.Cert(f.Cert)
		src, _ := lib.Source(f.Fact.Source)
		targets = append(targets, Target{FactRef: f, CertName: c.Short, URL: src.URL})
	}
	for _, id := range only {
		if !matched[id] {
			return nil, skipped, fmt.Errorf("--only %q: no current figure of it has a quote, so there is nothing to check; add quote: to its figures first", id)
		}
	}
	return targets, skipped, nil
}

// Pages is how many pages a check of targets reads: one per source.
func Pages(targets []Target) int {
	seen := map[string]bool{}
	for _, t := range targets {
		seen[t.Fact.Source] = true
	}
	return len(seen)
}

// Result is one figure's verdict, with what the page says now.
type Result struct {
	Cert    string  `json:"certification"`
	Name    string  `json:"certification_name"`
	Figure  string  `json:"figure"`
	ID      string  `json:"figure_id"`
	Value   string  `json:"value"`
	Source  string  `json:"source"`
	URL     string  `json:"url"`
	Quote   string  `json:"quote"`
	Verdict Verdict `json:"verdict"`
	// PageNow is what the page says now: the quote as found, or the
	// sentence nearest to it; empty when nothing was read.
	PageNow string `json:"page_now"`
	// MovedTo is where a moved page's address leads.
	MovedTo string `json:"moved_to,omitempty"`
	// Problem names why a page is gone or unreachable.
	Problem string `json:"problem,omitempty"`
	// answered says the page's site gave an HTTP answer; read, that the
	// page's text was read.
	answered, read bool
}

// UserAgent is the one name every check's requests carry: what certpath
// is doing, so a site's owner can tell it from a crawler.
const UserAgent = "certpath-sources-check (re-reads the pages its certification facts cite, one request per page)"

// Options bound a check.
type Options struct {
	// Timeout bounds each page, first byte to last; 0 is the link reader's.
	Timeout time.Duration
	// Parallel is how many pages are read at once; 0 is four.
	Parallel int
	// Progress, when set, is told after each page: how many of how many
	// are done, and that page's verdicts. Calls never overlap.
	Progress func(done, total int, results []Result)
	// Transport carries the requests; nil is the link reader's
	// (postings.NewTransport), which follows no redirect from a public
	// page onto this machine or a private network.
	Transport http.RoundTripper
	// prepared, when set, is told each time a page's text is normalised
	// or split into sentences (a test counts them).
	prepared func(what string)
}

// Run reads each source the targets cite, once, at most four at a time,
// and returns one verdict per target, in the targets' order.
func Run(ctx context.Context, targets []Target, opts Options) []Result {
	if opts.Timeout <= 0 {
		opts.Timeout = postings.LinkTimeout
	}
	if opts.Parallel <= 0 {
		opts.Parallel = 4
	}
	if opts.Transport == nil {
		opts.Transport = postings.NewTransport()
	}
	var order []string
	bySource := map[string][]int{}
	for i, t := range targets {
		if _, ok := bySource[t.Fact.Source]; !ok {
			order = append(order, t.Fact.Source)
		}
		bySource[t.Fact.Source] = append(bySource[t.Fact.Source], i)
	}
	results := make([]Result, len(targets))
	var mu sync.Mutex
	done := 0
	slots := make(chan struct{}, opts.Parallel)
	var wg sync.WaitGroup
	for _, id := range order {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			idx := bySource[id]
			p := read(ctx, targets[idx[0]].URL, opts)
			<-slots
			doc := prepare(p.text, p.rows, opts.prepared)
			mine := make([]Result, 0, len(idx))
			for n, i := range idx {
				if n < content.MaxQuotesPerSource {
					results[i] = judge(targets[i], p, doc)
				} else {
					results[i] = tooMany(targets[i], len(idx))
				}
				results[i].answered, results[i].read = p.status != 0, p.text != ""
				mine = append(mine, results[i])
			}
			mu.Lock()
			defer mu.Unlock()
			done++
			if opts.Progress != nil {
				opts.Progress(done, len(order), mine)
			}
		}()
	}
	wg.Wait()
	return results
}

// result is a figure's result before its verdict.
func result(t Target) Result {
	return Result{Cert: string(t.Cert), Name: t.CertName, Figure: t.Figure, ID: t.ID, Value: t.Fact.Value,
		Source: t.Fact.Source, URL: t.URL, Quote: t.Fact.Quote}
}

// tooMany is the verdict of a figure past the cap of quotes one page is
// checked for: not checked (validate refuses a folder with more).
func tooMany(t Target, n int) Result {
	r := result(t)
	r.Verdict = Unreachable
	r.Problem = fmt.Sprintf("not compared: %d figures quote %s, and a check compares at most %d quotes with one page (certpath validate names them)", n, t.Fact.Source, content.MaxQuotesPerSource)
	return r
}

// judge gives one figure its verdict from what its page gave, doc being
// the page's text made ready for quotes.
func judge(t Target, p page, doc *prepared) Result {
	r := result(t)
	found := p.text != "" && doc.says(t.Fact.Quote)
	switch {
	case p.status == http.StatusNotFound || p.status == http.StatusGone:
		r.Verdict, r.Problem = Gone, fmt.Sprintf("the site answered %d %s", p.status, http.StatusText(p.status))
		if p.movedTo != "" {
			r.Problem += " after a redirect to " + p.movedTo
		}
	case p.movedTo != "" && p.problem == "":
		r.Verdict, r.MovedTo = Moved, p.movedTo
		r.PageNow = nowSays(doc, t, found)
		if found {
			r.Problem = "the new page still holds the quote; update the source's url"
		} else {
			r.Problem = "the new page does not hold the quote"
		}
	case p.problem != "":
		r.Verdict, r.Problem, r.MovedTo = Unreachable, p.problem, p.movedTo
	case found:
		r.Verdict, r.PageNow = StillSays, nowSays(doc, t, true)
	case p.partial != "":
		r.Verdict, r.Problem = Unreachable, p.partial
	default:
		r.Verdict, r.PageNow = Changed, nowSays(doc, t, false)
	}
	return r
}

// nowSays is what the page says in the quote's place: the quote itself when
// it is there, else the sentence nearest to it.
func nowSays(doc *prepared, t Target, found bool) string {
	if found {
		return t.Fact.Quote
	}
	return doc.nearest(t.Fact.Quote, t.Fact.Value)
}

// Answered reports whether the figure's page gave any HTTP answer, even
// an error: its site was reached.
func (r Result) Answered() bool { return r.answered }

// NoneAnswered is, when no page of a check gave any answer (the name did
// not resolve, the connection was refused, nothing came in time), why in
// one line: the network is down, not the facts. It is "" when some page
// answered.
func NoneAnswered(results []Result) string {
	if len(results) == 0 || slices.ContainsFunc(results, Result.Answered) {
		return ""
	}
	first := results[0]
	return fmt.Sprintf("no page could be reached, so no figure was checked: none of the %s answered (%s %s); check this computer's network connection or proxy and run the check again",
		words.Count(pages(results, func(Result) bool { return true }), "page"), first.Source, first.Problem)
}

// pages counts the sources of the results that keep says yes to.
func pages(results []Result, keep func(Result) bool) int {
	seen := map[string]bool{}
	for _, r := range results {
		if keep(r) {
			seen[r.Source] = true
		}
	}
	return len(seen)
}

// Failed reports whether anything did not still say what certpath says.
func Failed(results []Result) bool {
	return slices.ContainsFunc(results, func(r Result) bool { return r.Verdict != StillSays })
}
