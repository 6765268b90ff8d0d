package questions

import (
	"sync"

	"certpath/content"
	"certpath/internal/testcheck"
)

// defaultBank is the real question bank over the real content's catalogue.
func defaultBank() Bank {
	lib, err := library()
	if err != nil {
		panic(err)
	}
	return DefaultBank(lib.Catalog())
}

// library loads the embedded content once for every test of the package.
var library = sync.OnceValues(func() (*content.Library, error) {
	return content.Load(content.Embedded(), content.WithClock(testcheck.Today))
})
