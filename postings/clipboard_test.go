package postings

import "testing"

// TestClipboardToolThatLeavesAChild (N12): a clipboard tool that ends but
// leaves a process of its own holding its output is not "WaitDelay
// expired": what it printed is kept, with a line that says what happened,
// and that process is stopped.
func TestClipboardToolThatLeavesAChild(t *testing.T) {
	fakeClipboard(t, "printf 'Scrum Master: facilitating retrospectives and removing impediments.'; sleep 600 &")
	p, note, err := ReadClipboard()
	if err != nil || p.Text != "Scrum Master: facilitating retrospectives and removing impediments." {
		t.Fatalf("the text the tool printed: %q, %v", p.Text, err)
	}
	if want := "the clipboard tool xclip ended but left a process of its own holding its output open; certpath used the 67 bytes it printed and stopped that process"; note != want {
		t.Errorf("note %q", note)
	}
	fakeClipboard(t, "sleep 600 &")
	if _, _, err := ReadClipboard(); err == nil || err.Error() != "the clipboard could not be read (xclip ended without printing anything, leaving a process of its own running); paste with your terminal instead" {
		t.Errorf("a tool that printed nothing: %v", err)
	}
}
