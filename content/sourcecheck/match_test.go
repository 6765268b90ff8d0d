package sourcecheck

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"certpath/content"
	"certpath/internal/testcheck"
)

// A number in a quote is found only as that whole number: a longer
// number on the page, before or after it, is a change.
func TestSaysOnlyWholeNumbers(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		page, quote string
		says        bool
	}{
		{"Retake Fee $500", "Retake Fee $50", false},
		{"Number of Questions 450", "Number of Questions 45", false},
		{"Number of Questions 1,450", "45", false},
		{"It takes 116 hours.", "16 hours", false},
		{"Fee $50.50 per attempt", "Fee $50", false},
		{"Fee $50,000 per attempt", "Fee $50", false},
		{"Foundational $100 205", "Foundational $100 20", false},
		{"The fee is $50. 20 more", "The fee is $50.", true},
		{"The fee is $505", "The fee is $50.", false},
		{"Retake Fee $50; $250 for SPC", "Retake Fee $50", true},
		{"Number of Questions 45 60 minutes", "Number of Questions 45", true},
		{"Number of Questions45", "Number of Questions 45", true},
		{"a 16-hour course", "16-hour course", true},
		{"Passing Score75%", "Passing Score 75%", true},
	} {
		if got := Says(tt.page, tt.quote); got != tt.says {
			t.Errorf("Says(%q, %q) = %v, want %v", tt.page, tt.quote, got, tt.says)
		}
	}
}

// mutations are the quote with one of its numbers changed: a digit added
// before or after it, or one of its digits changed.
func mutations(quote string) []string {
	var out []string
	for i := 0; i < len(quote); i++ {
		if !isDigit(quote[i]) {
			continue
		}
		other := byte('0' + (quote[i]-'0'+1)%10)
		out = append(out, quote[:i]+string(other)+quote[i+1:])
		if i == 0 || !isDigit(quote[i-1]) {
			out = append(out, quote[:i]+"1"+quote[i:])
		}
		if i == len(quote)-1 || !isDigit(quote[i+1]) {
			out = append(out, quote[:i+1]+"0"+quote[i+1:], quote[:i+1]+"7"+quote[i+1:])
		}
	}
	return out
}

// For every quote of the built-in content, a page that holds it is found
// to say it, and the same page with any of the quote's numbers changed (a
// digit added, a digit changed) is not.
func TestEveryQuoteSeesItsNumbersChange(t *testing.T) {
	t.Parallel()
	lib, err := content.Load(content.Embedded(), content.WithClock(testcheck.Today))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, f := range lib.Facts() {
		q := f.Fact.Quote
		if q == "" {
			continue
		}
		page := func(quote string) string {
			return "Exam details\nSome words before. " + quote + " And some after.\nFooter 2026"
		}
		if !Says(page(q), q) {
			t.Errorf("%s: the page holding %q is not found to say it", f.ID, q)
		}
		for _, m := range mutations(q) {
			checked++
			if Says(page(m), q) {
				t.Errorf("%s: a page saying %q is found to say %q", f.ID, m, q)
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d mutations checked; the content's quotes hold more numbers than that", checked)
	}
}

// An S3-like study guide laid out as a table, edited to a retake fee of
// $500 and 450 questions: both are changed, and "page now" is the page's
// own row with its new number.
func TestATableEditIsChangedWithItsRow(t *testing.T) {
	t.Parallel()
	guide := func(fee, questions, pass string) string {
		return testcheck.HTMLPage("SAFe Scrum Master (SSM) Exam Study Guide",
			"<table><tr><th>Exam Details</th><th></th></tr>"+
				"<tr><td>Number of Questions</td><td>"+questions+"</td></tr>"+
				"<tr><td>Duration</td><td>90 minutes</td></tr>"+
				"<tr><td>Passing Score</td><td>"+pass+"</td></tr>"+
				"<tr><td>Retake Fee</td><td>"+fee+"</td></tr></table>",
			"The \u201cSubmit\u201d button ends the exam; your score is shown at once.",
			"<dl><dt>Exam fee</dt><dd>Included in the course registration</dd></dl>",
			"<div class=label>Delivery</div><div class=value>Web-based, closed book</div>")
	}
	mux := http.NewServeMux()
	for path, body := range map[string]string{"/s3": guide("$50", "45", "73% (33 of 45)"), "/s3-edited": guide("$500", "450", "75% (34 of 45)")} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		})
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	figures := func(url string) []Target {
		return []Target{
			target("ssm", "retake_fee", "S3", url, "$50", "Retake Fee $50"),
			target("ssm", "exam.questions", "S3", url, "45", "Number of Questions 45"),
			target("ssm", "exam.pass_mark", "S3", url, "73% (33 of 45)", "Passing Score 73%"),
			target("ssm", "exam.format", "S3", url, "closed book", "Delivery Web-based, closed book"),
		}
	}
	for _, r := range Run(context.Background(), figures(srv.URL+"/s3"), Options{Timeout: time.Minute}) {
		if r.Verdict != StillSays {
			t.Errorf("unedited page: %s is %s %q", r.ID, r.Verdict, r.Problem)
		}
	}
	want := []string{"Retake Fee $500", "Number of Questions 450", "Passing Score 75% (34 of 45)", ""}
	for i, r := range Run(context.Background(), figures(srv.URL+"/s3-edited"), Options{Timeout: time.Minute}) {
		switch {
		case want[i] == "" && r.Verdict != StillSays:
			t.Errorf("edited page: %s is %s, want still says", r.ID, r.Verdict)
		case want[i] != "" && (r.Verdict != Changed || r.PageNow != want[i]):
			t.Errorf("edited page: %s is %s with page now %q, want changed with %q", r.ID, r.Verdict, r.PageNow, want[i])
		}
	}
}

// A definition list and a label above its value: "page now" is the label
// with the value the page gives now.
func TestNearestReadsLabelsWithTheirValues(t *testing.T) {
	t.Parallel()
	page := "Exam details\nPassing Score\n80%\nThe \u201cSubmit\u201d button ends the exam and shows your passing score.\nRetake Fee\n$500"
	for _, tt := range []struct{ quote, value, want string }{
		{"Passing Score 75%", "75%", "Passing Score 80%"},
		{"Retake Fee $50", "$50", "Retake Fee $500"},
	} {
		if got := Nearest(page, tt.quote, tt.value); got != tt.want {
			t.Errorf("Nearest(%q) = %q, want %q", tt.quote, got, tt.want)
		}
	}
	if strings.Contains(Nearest(page, "zebra", "7"), "Submit") {
		t.Error("a quote sharing nothing gets a sentence")
	}
}
