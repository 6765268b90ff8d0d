// Command barelinked is the second floor scripts/bench measures certpath
// against: scripts/bare's one-line program at certpath's frame rate (120
// fps), linking the libraries certpath links. Go initialises every linked
// package before main, so this program pays their start-up work (goldmark,
// the HTML and PDF readers, the HTTP client, Bubbles' clipboard) and nothing
// of certpath's: certpath's first frame against this one is what certpath's
// own code adds.
package main

import (
	tea "charm.land/bubbletea/v2"

	"certpath/scripts/internal/floor"

	_ "charm.land/bubbles/v2/textarea"
	_ "charm.land/bubbles/v2/textinput"
	_ "charm.land/bubbles/v2/viewport"
	_ "charm.land/fang/v2"
	_ "charm.land/glamour/v2"
	_ "charm.land/lipgloss/v2/table"
	_ "codeberg.org/readeck/go-readability/v2"
	_ "github.com/ledongthuc/pdf"
	_ "github.com/spf13/cobra"
	_ "go.yaml.in/yaml/v3"
	_ "net/http"
)

func main() { floor.Run(tea.WithFPS(120)) }
