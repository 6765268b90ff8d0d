// Command bare is the floor scripts/bench measures certpath against: a
// Bubble Tea program built from certpath's go.mod that draws one line and
// waits for a key. Nothing in certpath can start faster than this but for
// the frame rate: bare runs at Bubble Tea's default 60 fps and certpath at
// 120, so bare's first frame waits 8 ms longer for the renderer's first tick
// (16.7 ms after it starts, against 8.3 ms).
package main

import "certpath/scripts/internal/floor"

func main() { floor.Run() }
