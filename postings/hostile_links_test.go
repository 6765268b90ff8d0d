package postings

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestCutPageSaysItWasCut (N12): a page whose first bytes hold no text and
// whose rest never comes is named for the cut, not for "no text".
func TestCutPageSaysItWasCut(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><head><title>Exam</title></head><body><p>Scrum Master: facilitate retrospectives.</p></body></html>"))
	}))
	defer srv.Close()
	client := NewClient()
	client.Timeout = 0
	client.Transport = &stalling{base: http.DefaultTransport, sends: map[string]int{"/drip": 34}}
	_, _, err := Fetch(context.Background(), client, srv.URL+"/drip")
	want := srv.URL + "/drip: the page did not arrive whole within 10 s (only the first 34 bytes came, too little to read); try again, or save the page and give the file"
	if err == nil || err.Error() != want {
		t.Errorf("a page cut after 34 bytes: %v", err)
	}
}
