package eval

import (
	"testing"
	"time"
)

// TestLiveClearKeepsLiveValues: the variables a function drops from its
// frame after their last use (third_party/yaegi/interp/liveclear.go) are
// only dead ones: the variables of a cell stay for the next cells, and a
// variable copied before the drop of another keeps its value.
func TestLiveClearKeepsLiveValues(t *testing.T) {
	cells := []string{
		"import (\n\"fmt\"\n\"runtime\"\n)\ntype T struct{ a [8]int }",
		"x := &T{}\nx.a[1] = 3\ny := []int{1, 2}\nfmt.Println(len(y))\nruntime.GC()\nfmt.Println(\"c2\")",
		"fmt.Println(x != nil, x.a[1], y)",
		"func f() *T {\n\tp := &T{}\n\tp.a[0] = 7\n\tq := p\n\truntime.GC()\n\treturn q\n}\nfmt.Println(f().a[0])",
		"func g() (r []int) {\n\ts := []int{4}\n\tr = s\n\truntime.GC()\n\tm := map[string]int{\"k\": 5}\n\tr = append(r, m[\"k\"])\n\truntime.GC()\n\treturn\n}\nfmt.Println(g(), g())",
	}
	var o confOutcome
	stdexRunCells(cells, &o, time.Minute)
	if o.err != nil {
		t.Fatalf("cells failed: %v (stderr %q)", o.err, o.stderr)
	}
	if want := "2\nc2\ntrue 3 [1 2]\n7\n[4 5] [4 5]\n"; o.stdout != want {
		t.Errorf("output %q, want %q", o.stdout, want)
	}
}
