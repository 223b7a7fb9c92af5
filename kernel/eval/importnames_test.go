package eval

import (
	"strings"
	"testing"
)

// TestPackagesWithoutImport checks the names under which packages are
// usable without an import: always the same package for a shared name
// (rand is math/rand, template is text/template — it was whichever a map
// gave first, or none), and a package's name, never its version suffix.
func TestPackagesWithoutImport(t *testing.T) {
	for i := 0; i < 3; i++ { // the choice must not change between sessions
		ts := newSession(t)
		if c := ts.ok(`rand.Intn(1)`); c.text() != "0" {
			t.Errorf("rand.Intn(1) = %q, want 0 (math/rand)", c.text())
		}
		if c := ts.ok(`template.Must(template.New("a").Parse("{{.}}")).Execute(os.Stdout, "<b>")`); c.stdout.String() != "<b>" {
			t.Errorf("template printed %q, want <b> unescaped (text/template)", c.stdout.String())
		}
		c := ts.run(`x := v2.IntN(3)`)
		if c.err == nil || !strings.Contains(c.err.Error(), "undefined: v2") {
			t.Errorf("v2.IntN: got %v, want undefined: v2", c.err)
		}
		ts.ok(`import "math/rand/v2"`)
		if c := ts.ok(`rand.IntN(1)`); c.text() != "0" {
			t.Errorf("after import math/rand/v2: rand.IntN(1) = %q", c.text())
		}
	}
}
