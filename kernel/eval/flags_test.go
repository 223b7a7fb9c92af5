package eval

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/gonotes/gonotes/lib/hook"
)

// TestFlagEndsTheCell: package flag ends the cell where it ends a program
// (os.Exit in compiled code would end the kernel's interpreter and lose
// the notebook's values), and flag.Parse reads the cells' arguments, not
// the process's command line.
func TestFlagEndsTheCell(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("flag"; "fmt"; "os")
kept := 42
n := flag.Int("n", 3, "count")
flag.Parse()
fmt.Println(*n, flag.NArg(), os.Args)`)
	fs := `fs := flag.NewFlagSet("tool", flag.ExitOnError)
fs.SetOutput(os.Stdout)
v := fs.Bool("v", false, "verbose")
fmt.Println(fs.Parse([]string{"-v", "x"}), *v, fs.Args())
fs.Parse([]string{"-bad"})
fmt.Println("not reached")`
	c, e := ts.fails(fs)
	if e.Name != "SystemExit" || e.Code != 2 {
		t.Errorf("error %q, want SystemExit 2", e.Error())
	}
	if got := c.stdout.String(); !strings.HasPrefix(got, "<nil> true [x]\nflag provided but not defined: -bad\nUsage of tool:\n") || strings.Contains(got, "not reached") {
		t.Errorf("stdout %q", got)
	}
	if c := ts.ok("kept"); c.text() != "42" {
		t.Errorf("kept = %s", c.text())
	}

	// flag.Parse with the cells' arguments ends the cell as a program
	// ends: SystemExit 2 on a bad flag, 0 on -help.
	for _, tc := range []struct {
		args []string
		code int
	}{{[]string{"prog", "-bad"}, 2}, {[]string{"prog", "-h"}, 0}} {
		// Each session has its own flag.CommandLine (TestCellFlagsPerSession).
		hook.Reset()
		s, err := New(Options{Args: tc.args})
		if err != nil {
			t.Fatal(err)
		}
		ts := &tsession{t: t, s: s}
		_, e := ts.fails(`import ("flag"; "fmt")
flag.Int("k` + strconv.Itoa(tc.code) + `", 3, "count")
flag.Parse()
fmt.Println("not reached")`)
		if e.Name != "SystemExit" || e.Code != tc.code {
			t.Errorf("%v: %s %d, want SystemExit %d", tc.args, e.Name, e.Code, tc.code)
		}
		s.Shutdown()
	}
}

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

// A cell that defines flags runs again (a notebook's everyday edit and
// rerun): its flags replace those of its earlier run, as its other
// declarations do, and flags of other cells keep their values; a name
// defined twice in one cell still panics "flag redefined", as in Go.
func TestFlagCellRunsAgain(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("flag"; "fmt")
var verbose = flag.Bool("v", false, "verbose")`)
	ts.ok(`flag.Set("v", "true")`)
	cell := `var n = flag.Int("n", 5, "count")
flag.Parse()
fmt.Println(*n, *verbose, flag.NFlag())`
	for i := 0; i < 2; i++ {
		if c := ts.ok(cell); c.stdout.String() != "5 true 1\n" {
			t.Errorf("run %d: %q", i+1, c.stdout.String())
		}
	}
	c := ts.ok(`var n = flag.Int("n", 8, "count, edited")
fmt.Println(*n, flag.Lookup("n").Usage, flag.Lookup("v").Value, flag.Lookup("v").DefValue)`)
	if got := c.stdout.String(); got != "8 count, edited true false\n" {
		t.Errorf("edited cell: %q", got)
	}
	_, e := ts.fails(`flag.String("twice", "", "")
flag.String("twice", "", "")`)
	if !strings.Contains(e.Error(), "flag redefined: twice") {
		t.Errorf("a flag defined twice in one cell: %v", e)
	}
}
