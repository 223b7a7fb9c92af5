package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The replay rule (replay.go): a var whose initialiser has effects is not
// run again by a replay — in a restarted interpreter or a worker — but
// declared with the zero value of its type, and named by ReplayNotes.
func TestReplayRule(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "results.csv")
	ts := newSession(t)
	ts.ok(`import ("errors"; "os"; "strings"; "time"; "github.com/gonotes/gonotes/lib/queue")
type Point struct{ X, Y int }
type Celsius float64
var opened = 0
func open() int { opened++; return opened }
func newPoint() *Point { return &Point{1, 2} }`)
	ts.ok(fmt.Sprintf(`var f, _ = os.Create(%q)
var n = open()
var p = newPoint()
var c = Celsius(open())
var rmErr = os.Remove(%q)
var (
	label = strings.ToUpper("ok")
	ps = []Point{{1, 2}}
	started = time.Now()
)
var q = queue.New(0)
var e = errors.New("e")
double := func(x int) int { return x * 2 }
w := strings.Repeat("ab", 2)
m := newPoint()
fmt.Fprint(f, "row 1")
f.Sync()`, csv, filepath.Join(dir, "nothing")))
	decls := ts.s.Declarations()
	for _, want := range []string{
		"var f *os.File\n", "var n int\n", "var p *Point\n", "var c Celsius\n", "var rmErr error\n",
		"var started time.Time\n", `var label = strings.ToUpper("ok")`, "var ps = []Point{{1, 2}}",
		"var q = queue.New(0)", `var e = errors.New("e")`, "var double = func(x int) int { return x * 2 }",
		`var w = strings.Repeat("ab", 2)`, "os.Create has effects",
	} {
		if !strings.Contains(decls, want) {
			t.Errorf("the declarations lack %q:\n%s", want, decls)
		}
	}
	if strings.Contains(decls, "os.Create(") || strings.Contains(decls, "m = newPoint") {
		t.Errorf("an initialiser with effects is replayed:\n%s", decls)
	}

	// A replay runs none of them: the file keeps its row, open is not
	// called, the variables are zero values.
	child, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer child.Shutdown()
	if err := child.Load(decls); err != nil {
		t.Fatalf("Load: %v\n%s", err, decls)
	}
	c, err := child.Execute(bg, newScope(1, &buf{}, &buf{}), `fmt.Sprintln(opened, f == nil, n, p == nil, c, rmErr, started.IsZero(), label, ps, q.Empty(), e, double(2), w)`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c["text/plain"], `"0 true 0 true 0 <nil> true OK [{1 2}] true e 4 abab\n"`; got != want {
		t.Errorf("in the replay: %s, want %s", got, want)
	}
	if b, err := os.ReadFile(csv); err != nil || string(b) != "row 1" {
		t.Errorf("results.csv after the replay: %q, %v (want the row kept)", b, err)
	}

	notes := strings.Join(ts.s.ReplayNotes(), "\n")
	for _, want := range []string{"f (cell[2]: os.Create)", "n (cell[2]: open)", "p (cell[2]: newPoint)",
		"c (cell[2]: open)", "rmErr (cell[2]: os.Remove)", "started (cell[2]: time.Now)"} {
		if !strings.Contains(notes, want) {
			t.Errorf("the notes lack %q: %s", want, notes)
		}
	}
	if strings.Contains(notes, "label") || strings.Contains(notes, "(cell[1]") {
		t.Errorf("the notes name a pure variable: %s", notes)
	}
	// Running the cell again with a pure initialiser drops the note.
	ts.ok(`var n = 5`)
	if notes := strings.Join(ts.s.ReplayNotes(), "\n"); strings.Contains(notes, "n (cell") {
		t.Errorf("n is pure now: %s", notes)
	}
}
