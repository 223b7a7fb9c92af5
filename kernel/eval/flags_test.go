package eval

import (
	"errors"
	"testing"
)

// Each session has its own command line flags: a cell declaring a flag runs
// in two sessions of one process (the second panicked "flag redefined"),
// flag.Parse parses the session's Args, and a bad flag ends the cell with
// SystemExit 2 as Go's ExitOnError exits the program.
func TestCellFlagsPerSession(t *testing.T) {
	const cell = `import ("flag"; "fmt")
var n = flag.Int("n", 5, "count")
flag.Parse()
fmt.Println(*n, flag.Args(), flag.Lookup("test.v") == nil)`
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "5 [] true\n"},
		{[]string{"prog", "-n", "7", "rest"}, "7 [rest] true\n"},
	} {
		s, err := New(Options{Args: c.args})
		if err != nil {
			t.Fatal(err)
		}
		out, err := runCell(t, s, cell)
		if err != nil || out != c.want {
			t.Errorf("args %q: got %q, %v; want %q", c.args, out, err, c.want)
		}
	}
	s, err := New(Options{Args: []string{"prog", "-bogus"}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = runCell(t, s, cell)
	var e *Error
	if !errors.As(err, &e) || e.Name != "SystemExit" || e.Code != 2 {
		t.Fatalf("a bad flag: got %v; want SystemExit 2", err)
	}
}
