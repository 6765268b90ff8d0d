// Package yamlbudget checks YAML from outside before it is decoded. The YAML
// library (go.yaml.in/yaml/v3) looks for duplicate keys by comparing each key
// of a mapping with every one before it: a 1 MiB answers file of 100,000
// keys took 27 s to decode, and a content folder's front matter could do the
// same. Parsing into nodes costs time in proportion to the size (0.2 s for
// that file), so the nodes are counted first and a mapping with too many
// keys is refused with a message before the library decodes it.
package yamlbudget

import (
	"fmt"

	"go.yaml.in/yaml/v3"

	"certpath/words"
)

// MaxKeys is the most keys one mapping may have. certpath's own files have
// far fewer: 19 questions, 71 sources.
const MaxKeys = 1000

// Check parses data into nodes and reports a mapping with more than MaxKeys
// keys, naming its line. A syntax error is left to the decoder, which words
// it as it always has.
func Check(data []byte) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil
	}
	return walk(&doc)
}

func walk(n *yaml.Node) error {
	if n.Kind == yaml.MappingNode && len(n.Content)/2 > MaxKeys {
		return fmt.Errorf("the mapping at line %d has %s keys; certpath reads at most %s in one mapping", n.Line, words.Number(len(n.Content)/2), words.Number(MaxKeys))
	}
	for _, c := range n.Content {
		if err := walk(c); err != nil {
			return err
		}
	}
	return nil
}
