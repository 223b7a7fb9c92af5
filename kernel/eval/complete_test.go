package eval

import (
	"slices"
	"testing"
)

func TestIsComplete(t *testing.T) {
	ts := newSession(t)
	cases := []struct{ code, status, indent string }{
		{"x := 1", "complete", ""},
		{"", "complete", ""},
		{"func f() {", "incomplete", "\t"},
		{"if x {\n\tfor {", "incomplete", "\t\t"},
		{"fmt.Println(1,", "incomplete", "\t"},
		{"x := 1 +", "incomplete", ""},
		{"s := `raw", "incomplete", ""},
		{"/* comment", "incomplete", ""},
		{"x := )", "invalid", ""},
		{"x := 1 2", "invalid", ""},
		{"for i := 0; i < 3; i++ {\n}", "complete", ""},
	}
	for _, tc := range cases {
		st, in := ts.s.IsComplete(tc.code)
		if st != tc.status || in != tc.indent {
			t.Errorf("IsComplete(%q) = %q, %q; want %q, %q", tc.code, st, in, tc.status, tc.indent)
		}
	}
}

func TestComplete(t *testing.T) {
	ts := newSession(t)
	ts.ok("import str \"strings\"\ntype Point struct{ X, Y int }\nfunc (p Point) Norm() int { return p.X }\nfunc helper() {}\ncounter := 3\np := Point{1, 2}")
	has := func(code string, want ...string) {
		t.Helper()
		m, start, end := ts.s.Complete(code, len([]rune(code)))
		for _, w := range want {
			if !slices.Contains(m, w) {
				t.Errorf("Complete(%q) = %v (%d-%d), lacks %q", code, m, start, end, w)
			}
		}
		for _, x := range m {
			if len(x) > 1 && x[:2] == "__" {
				t.Errorf("Complete(%q) offers %q", code, x)
			}
		}
	}
	has("fmt.Pr", "Println", "Printf")
	has("str.ToU", "ToUpper")
	has("hel", "helper")
	has("x := cou", "counter")
	has("Poi", "Point")
	has("fo", "for")
	has("p.", "X", "Y", "Norm")
	has("hook.", "Bind")
	has("threading.", "Thread", "Lock")
	has("queue.", "Queue")
	has("import \"enc", "encoding/json")
	has("ti", "time")
	has("slices.So", "Sort", "SortFunc", "Sorted")
	has("maps.", "Keys", "Clone", "Equal")
	has("sync.Once", "Once", "OnceValue", "OnceFunc")
	has("cmp.", "Compare", "Ordered")
	m, start, end := ts.s.Complete("x := fmt.Sp", 11)
	if start != 9 || end != 11 || !slices.Contains(m, "Sprintf") {
		t.Errorf("got %v %d %d", m, start, end)
	}
	// Runes, not bytes.
	m, start, _ = ts.s.Complete("s := \"é\"; hel", 13)
	if start != 10 || !slices.Contains(m, "helper") {
		t.Errorf("got %v %d", m, start)
	}
}
