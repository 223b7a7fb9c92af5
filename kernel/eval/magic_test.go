package eval

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A shell line between Go lines: {expr} and $name are the session's values,
// an unknown $NAME is left for the shell, and the Go lines around it run in
// order with the value of the last one shown.
func TestMagicShellLine(t *testing.T) {
	ts := newSession(t)
	ts.ok(`x := 21`)
	c := ts.ok("name := \"go\"\n!echo {x*2} $name $$ {{lit}} ${GONOTES_UNSET_VAR}end\nfmt.Println(\"after\")\nx + 1")
	if got, want := c.stdout.String(), "42 go $ {lit} end\nafter\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	if c.text() != "22" {
		t.Errorf("result = %q, want 22", c.text())
	}
	// A line starting with ! inside a Go expression stays Go.
	c = ts.ok("ok := false\nb := true &&\n\t!ok\nb")
	if c.text() != "true" {
		t.Errorf("continued !ok: result %q, want true", c.text())
	}
	// A line starting with % inside a raw string stays Go.
	c = ts.ok("s := `a\n%d\n`\nlen(s)")
	if c.text() != "5" {
		t.Errorf("raw string: result %q, want 5", c.text())
	}
}

// %time prints IPython's two lines after the statement's output, and shows
// the value of an expression.
func TestMagicTime(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`%time fmt.Sprint(6 * 7)`)
	re := regexp.MustCompile(`^CPU times: user [0-9.]+ (s|ms|µs|ns), sys: [0-9.]+ (s|ms|µs|ns), total: [0-9.]+ (s|ms|µs|ns)\nWall time: [0-9.]+ (s|ms|µs|ns)\n$`)
	if !re.MatchString(c.stdout.String()) {
		t.Errorf("%%time printed %q", c.stdout.String())
	}
	if c.text() != `"42"` {
		t.Errorf("%%time result = %q", c.text())
	}
	c = ts.ok("%%time\nfor i := 0; i < 3; i++ {\n\tfmt.Println(i)\n}\n")
	if !strings.HasPrefix(c.stdout.String(), "0\n1\n2\nCPU times: user ") || !strings.Contains(c.stdout.String(), "\nWall time: ") {
		t.Errorf("%%%%time printed %q", c.stdout.String())
	}
}

// %timeit repeats the statement (loops a power of ten, 7 runs) and prints
// the mean and standard deviation per loop.
func TestMagicTimeit(t *testing.T) {
	ts := newSession(t)
	ts.ok("n := 0\nfunc work() { n++ }")
	c := ts.ok(`%timeit work()`)
	// On a busy machine IPython's warning about the slowest run may come first.
	re := regexp.MustCompile(`^(?:The slowest run took [0-9.]+ times longer than the fastest\. This could mean that an intermediate result is being cached\.\n)?[0-9.]+ (s|ms|µs|ns) ± [0-9.]+ (s|ms|µs|ns) per loop \(mean ± std\. dev\. of 7 runs, ([0-9,]+) loops? each\)\n$`)
	m := re.FindStringSubmatch(c.stdout.String())
	if m == nil {
		t.Fatalf("%%timeit printed %q", c.stdout.String())
	}
	loops := strings.ReplaceAll(m[3], ",", "")
	if strings.Trim(loops, "0") != "1" {
		t.Errorf("loops = %s, want a power of ten", m[3])
	}
	// The statement ran loops times in each run, plus the calibration.
	c = ts.ok("n")
	if len(c.text()) < len(loops) {
		t.Errorf("work ran %s times, fewer than one run of %s loops", c.text(), loops)
	}
	c = ts.ok("%timeit -n 3 -r 2 n * 2")
	if !strings.HasSuffix(c.stdout.String(), "(mean ± std. dev. of 2 runs, 3 loops each)\n") {
		t.Errorf("%%timeit -n 3 -r 2 printed %q", c.stdout.String())
	}
	c = ts.ok("%%timeit -n 1 -r 1 k := 2\nn += k")
	if !strings.HasSuffix(c.stdout.String(), "(mean ± std. dev. of 1 run, 1 loop each)\n") {
		t.Errorf("%%%%timeit printed %q", c.stdout.String())
	}
}

// formatTime is IPython's _format_time (outputs of python3 with IPython 8).
func TestFormatTime(t *testing.T) {
	for _, tc := range []struct {
		t    float64
		want string
	}{{0, "0 ns"}, {1.5e-9, "1.5 ns"}, {0.0015, "1.5 ms"}, {0.01234, "12.3 ms"}, {2.5, "2.5 s"}, {123.4e-6, "123 µs"}, {75, "1min 15s"}, {3725.5, "1h 2min 5s"}} {
		if got := formatTime(tc.t); got != tc.want {
			t.Errorf("formatTime(%v) = %q, want %q", tc.t, got, tc.want)
		}
	}
	if got := thousands(10000000); got != "10,000,000" {
		t.Errorf("thousands = %q", got)
	}
}

func TestMagicEnvCd(t *testing.T) {
	ts := newSession(t)
	c := ts.ok("%env GONOTES_MAGIC_T=hello world")
	if c.stdout.String() != "env: GONOTES_MAGIC_T=hello world\n" {
		t.Errorf("%%env set printed %q", c.stdout.String())
	}
	t.Cleanup(func() { os.Unsetenv("GONOTES_MAGIC_T") })
	if c := ts.ok("%env GONOTES_MAGIC_T"); c.text() != `"hello world"` {
		t.Errorf("%%env NAME = %q", c.text())
	}
	if c := ts.ok(`os.Getenv("GONOTES_MAGIC_T")`); c.text() != `"hello world"` {
		t.Errorf("os.Getenv after %%env = %q", c.text())
	}
	if c := ts.ok("!echo $GONOTES_MAGIC_T"); c.stdout.String() != "hello world\n" {
		t.Errorf("shell after %%env printed %q", c.stdout.String())
	}
	if c := ts.ok("%env"); !strings.Contains(c.stdout.String(), "\nGONOTES_MAGIC_T=hello world\n") {
		t.Errorf("%%env list lacks the variable")
	}
	if _, e := ts.fails("%env GONOTES_MAGIC_UNSET"); e.Name != "UsageError" {
		t.Errorf("unset: %v", e)
	}

	old, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(old) })
	dir, _ := filepath.EvalSymlinks(t.TempDir())
	os.WriteFile(filepath.Join(dir, "marker.txt"), nil, 0o644)
	if c := ts.ok("%cd " + dir); c.stdout.String() != dir+"\n" {
		t.Errorf("%%cd printed %q", c.stdout.String())
	}
	if c := ts.ok("%pwd"); c.text() != `"`+dir+`"` {
		t.Errorf("%%pwd = %q", c.text())
	}
	if c := ts.ok("!ls"); c.stdout.String() != "marker.txt\n" {
		t.Errorf("!ls after %%cd printed %q", c.stdout.String())
	}
	if c := ts.ok(`_, err := os.Stat("marker.txt"); err == nil`); c.text() != "true" {
		t.Errorf("os.Stat after %%cd: %q", c.text())
	}
	if c := ts.ok("%cd -"); c.stdout.String() != old+"\n" {
		t.Errorf("%%cd - printed %q, want %q", c.stdout.String(), old)
	}
}

func TestMagicUnknownAndHelp(t *testing.T) {
	ts := newSession(t)
	_, e := ts.fails("fmt.Println(1)\n%nosuch x")
	if e.Name != "UsageError" || !strings.Contains(e.Value, "`%nosuch`") || !strings.Contains(e.Value, "%timeit") {
		t.Errorf("unknown magic: %s: %s", e.Name, e.Value)
	}
	_, e = ts.fails("%%nosuch\nx := 1")
	if e.Name != "UsageError" || !strings.Contains(e.Value, "%%time") {
		t.Errorf("unknown cell magic: %s: %s", e.Name, e.Value)
	}
	_, e = ts.fails("x := 1\n%%time\nx++")
	if e.Name != "UsageError" || !strings.Contains(e.Value, "first line") {
		t.Errorf("late cell magic: %s: %s", e.Name, e.Value)
	}
	c := ts.ok("%lsmagic")
	for _, n := range []string{"%cd", "%env", "%help", "%lsmagic", "%pwd", "%time", "%timeit", "%%time", "%%timeit"} {
		if !strings.Contains(c.stdout.String(), n) {
			t.Errorf("%%lsmagic lacks %s: %q", n, c.stdout.String())
		}
	}
	c = ts.ok("%help")
	if !strings.Contains(c.stdout.String(), "%timeit [-n LOOPS]") || !strings.Contains(c.stdout.String(), "!COMMAND") {
		t.Errorf("%%help printed %q", c.stdout.String())
	}
}

func TestMagicCompleteInspect(t *testing.T) {
	ts := newSession(t)
	m, start, end := ts.s.Complete("x := 1\n%ti", 11)
	if strings.Join(m, " ") != "%time %timeit" || start != 7 || end != 11 {
		t.Errorf("complete %%ti = %v [%d,%d)", m, start, end)
	}
	m, _, _ = ts.s.Complete("%%t", 3)
	if strings.Join(m, " ") != "%%time %%timeit" {
		t.Errorf("complete %%%%t = %v", m)
	}
	data, found := ts.s.Inspect("%timeit", 3, 0)
	if !found || !strings.Contains(data["text/plain"].(string), "mean ± std. dev.") {
		t.Errorf("inspect %%timeit = %v %v", data, found)
	}
	if st, _ := ts.s.IsComplete("!ls\n%time f()"); st != "complete" {
		t.Errorf("is_complete of magics = %s", st)
	}
	if st, _ := ts.s.IsComplete("%%time\nfor {"); st != "incomplete" {
		t.Errorf("is_complete of %%%%time with an open loop = %s", st)
	}
}

// %race is the kernel's (it replaces the interpreter process): the session
// only explains where it goes.
func TestRaceMagicOutsideTheKernel(t *testing.T) {
	ts := newSession(t)
	_, e := ts.fails("x := 1\n%race on")
	if e.Name != "UsageError" || !strings.Contains(e.Value, "first line of its cell") {
		t.Errorf("%%race on in the middle of a cell: %s: %s", e.Name, e.Value)
	}
	c := ts.ok("%lsmagic")
	if !strings.Contains(c.stdout.String(), "%race") {
		t.Errorf("%%lsmagic lacks %%race: %q", c.stdout.String())
	}
}

// os.Setenv in a cell changes the interpreter's environment, not the
// kernel's; the processes the cell starts (!cmd, subprocess, as a Python
// child sees os.environ) see it all the same.
func TestCellEnvironmentReachesChildren(t *testing.T) {
	ts := newSession(t)
	ts.ok(`os.Setenv("GONOTES_CELL_ENV_T", "from the cell")`)
	if os.Getenv("GONOTES_CELL_ENV_T") != "" {
		t.Fatal("os.Setenv in a cell changed the kernel's environment")
	}
	if c := ts.ok("!echo $GONOTES_CELL_ENV_T"); c.stdout.String() != "from the cell\n" {
		t.Errorf("!echo printed %q", c.stdout.String())
	}
	c := ts.ok(`out, _ := subprocess.CheckOutput([]string{"sh", "-c", "echo $GONOTES_CELL_ENV_T"})
fmt.Print(string(out))`)
	if c.stdout.String() != "from the cell\n" {
		t.Errorf("subprocess.CheckOutput printed %q", c.stdout.String())
	}
}
