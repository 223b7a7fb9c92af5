package eval

import (
	"strings"
	"testing"
)

// Fidelity of cells to `go run` of the same program (issue 11). Each
// expected output was checked with go run of the equivalent program.

// wantOut runs the cells in a fresh session and checks the last one's
// stdout.
func wantOut(t *testing.T, want string, cells ...string) {
	t.Helper()
	ts := newSession(t)
	var c *cell
	for _, code := range cells {
		c = ts.ok(code)
	}
	if got := c.stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// Variables defined by the init statement of an if, for or switch at a
// cell's top level are local to the statement: they neither share a slot
// with those of the other statements (the first if below saw err == nil)
// nor replace the cell's own variables of that name.
func TestTopLevelInitScopes(t *testing.T) {
	wantOut(t, `first strconv.Atoi: parsing "x": invalid syntax
second strconv.Atoi: parsing "y": invalid syntax
1
0
1
3
a
inner
5
true
err2 1 0
s orig i 3 2 4
`, `x := "s"
err := fmt.Errorf("orig")
i := "i"`, `if _, err := strconv.Atoi("x"); err != nil {
	fmt.Println("first", err)
}
if _, err := strconv.Atoi("y"); err != nil {
	fmt.Println("second", err)
}
if x := 1; x > 0 {
	fmt.Println(x)
}
for i := 0; i < 2; i++ {
	fmt.Println(i)
}
switch y, err := strconv.Atoi("3"); {
case err == nil:
	fmt.Println(y)
}
switch y := "a"; y {
case "a":
	fmt.Println("a")
}
a, b := 1, 2
a, c := 3, 4
{
	a := "inner"
	fmt.Println(a)
}
if v, err := strconv.Atoi("5"); err == nil {
	fmt.Println(v)
}
if v, err := strconv.ParseBool("true"); err == nil {
	fmt.Println(v)
}
n, err2 := strconv.Atoi("1")
m, err2 := strconv.Atoi("z")
if err2 != nil {
	fmt.Println("err2", n, m)
}
fmt.Println(x, err, i, a, b, c)`)
}

// A var declaration whose value refers to a variable of an earlier cell, or
// to a local named like one (f in the func literal), is no "variable
// definition loop"; the vars of one cell are still ordered by dependency.
func TestVarDependsOnEarlierCell(t *testing.T) {
	wantOut(t, "1 1 3 3\n", "f := 1\nx := 2", `var v = func() int { f, _ := os.Open("/x"); _ = f; return 1 }()
var w = v + x
var wg sync.WaitGroup
var done func() = wg.Done
var a = b + 1
var b = 2
wg.Add(1)
done()
fmt.Println(f, v, w, a)`)
}

// Method values bind their receiver when they are evaluated (a value
// receiver is copied), for interpreted and compiled types, at the top
// level and in funcs, also in defer and go statements; method values of
// compiled types convert to func() (pointer receivers, the sync overrides).
func TestMethodValueBindsReceiver(t *testing.T) {
	wantOut(t, `7
1
10
8 10 8 10
1 1
pshow 7
pshow 8
x  1ns 2ns
b0 xlate
pshow 5
show 3
deferred 1
x  1ns 2ns
waited
`, `type T struct{ v int }

func (t *T) Get() int { return t.v }
func (t T) Val() int  { return t.v }
func (t T) Show()     { fmt.Println("show", t.v) }
func (t *T) PShow()   { fmt.Println("pshow", t.v) }

type H struct{ F func() int }

func call(f func()) { f() }

func run() {
	u := &T{1}
	defer fmt.Println("deferred", u.Get())
	k := u.Get
	w := u.Val
	u = &T{2}
	fmt.Println(k(), w())
	v := T{3}
	defer v.Show()
	p := &T{5}
	defer p.PShow()
	p = &T{6}
	v.v = 4
	q := &T{7}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); q.PShow() }()
	wg.Wait()
	done := make(chan bool)
	r := &T{8}
	go func(f func()) { f(); done <- true }(r.PShow)
	r = &T{9}
	<-done
	b := &strings.Builder{}
	bw := b.WriteString
	b0 := b
	defer func() { fmt.Println("b0", b0.String()) }()
	defer b.WriteString("late")
	b = &strings.Builder{}
	bw("x")
	d := time.Duration(1)
	ds := d.String
	d = 2
	fmt.Println(b0.String(), b.String(), ds(), d)
}`, `t := &T{7}
f := t.Get
t = &T{8}
fmt.Println(f())
s := T{1}
g := s.Val
s.v = 9
fmt.Println(g())
h := s.Get
s.v = 10
fmt.Println(h())
fs := []func() int{t.Get, s.Val}
mp := map[string]func() int{"a": t.Get}
hh := H{F: s.Val}
t = &T{100}
s.v = 11
fmt.Println(fs[0](), fs[1](), mp["a"](), hh.F())
run()
b := &strings.Builder{}
bw := b.WriteString
b0 := b
b = &strings.Builder{}
bw("x")
d := time.Duration(1)
ds := d.String
d = 2
var wg sync.WaitGroup
done := wg.Done
wg.Add(1)
done()
wg.Wait()
fmt.Println(b0.String(), b.String(), ds(), d)
wg.Add(3)
call(wg.Done)
pwg := &sync.WaitGroup{}
pwg.Add(1)
call(pwg.Done)
var df func() = wg.Done
df()
st := struct{ F func() }{F: wg.Done}
st.F()
wg.Wait()
pwg.Wait()
fmt.Println("waited")`)
	wantOut(t, "true\njoined\n", `func call(f func()) { f() }
ev := &threading.Event{}
call(ev.Set)
fmt.Println(ev.IsSet())
th := &threading.Thread{Target: func() {}}
th.Start()
call(th.Join)
fmt.Println("joined")`)
}

// No deferred call runs after os.Exit or log.Fatal (in the cell, in a
// func, in a goroutine; recover cannot stop it); deferred calls of the
// cell's top level run once, at the end of the cell, as those of main do.
func TestExitSkipsDeferred(t *testing.T) {
	ts := newSession(t)
	c, e := ts.fails("defer fmt.Println(\"!\")\nos.Exit(3)")
	if e.Name != "SystemExit" || e.Code != 3 || c.stdout.String() != "" {
		t.Errorf("got %s %d, stdout %q; want SystemExit 3 and no output", e.Name, e.Code, c.stdout)
	}
	c, e = ts.fails(`func f() (r int) {
	defer func() {
		if x := recover(); x != nil {
			r = 5
		}
	}()
	defer fmt.Println("deferred in f")
	os.Exit(3)
	return 1
}
defer fmt.Println("!")
fmt.Println("a")
f()`)
	if e.Name != "SystemExit" || c.stdout.String() != "a\n" {
		t.Errorf("got %s, stdout %q; want SystemExit, \"a\\n\"", e.Name, c.stdout)
	}
	// In a goroutine, it ends the cell as Go ends the program, whatever
	// the cell's own statements wait for.
	c, e = ts.fails(`go func() {
	defer fmt.Println("deferred in g")
	log.Fatal("fatal in g")
}()
select {}`)
	if e.Name != "SystemExit" || e.Code != 1 || !strings.Contains(c.stderr.String(), "fatal in g\n") || c.stdout.String() != "" {
		t.Errorf("got %s %d, stdout %q, stderr %q; want SystemExit 1, \"fatal in g\" and no output", e.Name, e.Code, c.stdout, c.stderr)
	}
	// Top-level defers: at the end of the cell, after its final
	// expression's unit; not again in the next cell.
	if c := ts.ok("defer fmt.Println(\"1\")\ndefer fmt.Println(\"2\")\nfmt.Println(\"body\")"); c.stdout.String() != "body\n2\n1\n" {
		t.Errorf("defers: stdout %q, want body 2 1", c.stdout)
	}
	if c := ts.ok(`fmt.Println("next")`); c.stdout.String() != "next\n" {
		t.Errorf("next cell: stdout %q", c.stdout)
	}
}

// A logger made by log.New has all the methods of *log.Logger (SetPrefix
// was undefined), and its Fatal ends the cell with exit code 1 after
// printing, without running deferred calls.
func TestLoggerMethods(t *testing.T) {
	ts := newSession(t)
	c, e := ts.fails(`func f() { l := log.New(os.Stdout, "x ", 0); l.SetPrefix("q "); l.Println("in f") }
l := log.New(os.Stdout, "x ", 0)
l.Println("hi")
l.SetPrefix("y ")
l.Printf("n=%d", 3)
fmt.Println(l.Prefix(), l.Flags())
l.SetFlags(log.Lmsgprefix)
l.Print("p")
var l2 *log.Logger = log.New(os.Stdout, "", 0)
l2.SetPrefix("z ")
l2.Println("l2")
f()
defer fmt.Println("!")
l.Fatal("dead")`)
	want := "x hi\ny n=3\ny  0\ny p\nz l2\nq in f\ny dead\n"
	if e.Name != "SystemExit" || e.Code != 1 || c.stdout.String() != want {
		t.Errorf("got %s %d, stdout %q; want SystemExit 1, %q", e.Name, e.Code, c.stdout, want)
	}
}

// A cell that fails to compile defines nothing (as go build of a program
// with an error runs nothing): neither its new names nor new definitions
// of earlier ones; yaegi kept what it had compiled before the error.
func TestFailedCellDefinesNothing(t *testing.T) {
	ts := newSession(t)
	ts.ok("func h() int { return 1 }\nx := 5\ntype P struct{ A int }")
	for _, code := range []string{
		"func h() int { return \"s\" }\nx := \"s\"\ntype P struct{ B string }",
		"y := 1\nfunc k() int { return y + nosuch }",
		"var a = 1\nfunc bad() { undefinedCall() }\nvar b = 2",
	} {
		if c := ts.run(code); c.err == nil {
			t.Errorf("cell %q compiled", code)
		}
	}
	for _, name := range []string{"y", "k", "a", "b", "bad"} {
		if c := ts.run(name); c.err == nil || !strings.Contains(c.err.Error(), "undefined: "+name) {
			t.Errorf("%s after a failed cell: %v, %q", name, c.err, c.text())
		}
	}
	if c := ts.ok("fmt.Println(h(), x, P{A: 2})"); c.stdout.String() != "1 5 {2}\n" {
		t.Errorf("earlier definitions after a failed cell: %q", c.stdout)
	}
}
