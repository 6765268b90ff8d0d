//go:build !unix

package accessible

import "os"

// inputWaiting cannot look ahead here: an empty line is always a skip.
func inputWaiting(*os.File) bool { return false }
