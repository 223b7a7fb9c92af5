package eval

import "testing"

// TestPathImportName: the name an import without a name binds, as the
// packages name themselves — completion, replay and export all use it
// (completion of "yaml." after import "gopkg.in/yaml.v3" found nothing
// while it took the name to be "yaml.v3").
func TestPathImportName(t *testing.T) {
	for path, want := range map[string]string{
		"fmt":                           "fmt",
		"math/rand/v2":                  "rand",
		"gopkg.in/yaml.v3":              "yaml",
		"github.com/mattn/go-runewidth": "runewidth",
		"golang.org/x/sync/errgroup":    "errgroup",
		"example.com/mod/v2":            "mod",
	} {
		if got := pathImportName(path); got != want {
			t.Errorf("pathImportName(%q) = %q, want %q", path, got, want)
		}
	}
}
