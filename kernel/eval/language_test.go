package eval

import (
	"sort"
	"strings"
	"testing"
)

// TestUnsupportedMatchesTheSuite keeps the banner's list honest: every
// program that the conformance suite lists as a known difference (~wrong or
// ~design) is named by an item of Unsupported, and every program an item
// names is still listed (a fixed program must leave both).
func TestUnsupportedMatchesTheSuite(t *testing.T) {
	listed, err := confReadUnsupported()
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	for _, g := range gaps {
		for _, p := range g.programs {
			named[p] = true
			if _, ok := listed[p]; !ok {
				t.Errorf("Unsupported names %s, which UNSUPPORTED no longer lists: drop it from gaps", p)
			}
		}
	}
	var missing []string
	for p, kind := range listed {
		if (kind == "~wrong" || kind == "~design") && !named[p] {
			missing = append(missing, p)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("UNSUPPORTED lists known differences that no item of Unsupported (language.go) names:\n%s", strings.Join(missing, "\n"))
	}
	if b := Banner("test"); !strings.Contains(b, GoVersion) || !strings.Contains(b, Unsupported[0]) {
		t.Errorf("banner %q lacks the Go version or the list", b)
	}
}
