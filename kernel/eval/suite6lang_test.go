package eval

import "testing"

// Regression tests for the language programs of the conformance suite's
// sections programs and patterns (session 6, lang). Expected outputs are
// what `go run` prints for the same program.

func suite6LangRun(t *testing.T, code, want string) {
	t.Helper()
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := runCell(t, s, code)
	if err != nil || out != want {
		t.Fatalf("got %q, %v\nwant %q", out, err, want)
	}
}

// A tuple assignment in a func body whose first source is a call, a
// receive or a composite literal assigned every pair (the call wrote its
// result in place and the statement became a no-op: l kept its value in
// `out, l = append(out, l[0]), l[1:]`, and merge sort looped forever).
func TestSuite6LangTupleAssignInPlace(t *testing.T) {
	suite6LangRun(t, `import "fmt"
type T struct{ X int }
func g(x int) int { return x * 10 }
func f(l []int) {
	a, b := 1, 2
	a, b = g(b), a
	fmt.Println(a, b)
	ch := make(chan int, 1)
	ch <- 7
	v := 0
	v, l = <-ch, l[1:]
	fmt.Println(v, l)
	var p T
	p, l = T{3}, l[1:]
	fmt.Println(p, l)
	q := T{4}
	x, s := 0, []int{1, 2, 3}
	x, s = len(s), s[1:]
	fmt.Println(x, s)
	p, q = q, T{p.X + 100}
	fmt.Println(p, q)
	var out []int
	out, s = append(out, s[0]), s[1:]
	fmt.Println(out, s)
}
f([]int{1, 2, 3})`, "20 1\n7 [2 3]\n{3} [3]\n3 [2 3]\n{4} {103}\n[2] [3]\n")
}

// `for init; ; {}` (no condition, no post statement) ran its init
// statement again after each iteration: `for n := 6; ; { ... n-- }` never
// ended.
func TestSuite6LangForInitNoCondNoPost(t *testing.T) {
	suite6LangRun(t, `import "fmt"
func f() {
	for n := 6; ; {
		fmt.Print(n, " ")
		if n == 1 {
			break
		}
		if n == 4 {
			n = 2
			continue
		}
		n--
	}
	fmt.Println()
}
f()
for i := 0; ; {
	i++
	if i == 3 {
		fmt.Println("top", i)
		break
	}
}`, "6 5 4 2 1 \ntop 3\n")
}

// A declared func given to append is a func value (it was appended as the
// interpreter's node: "reflect.Set: value of type *interp.node is not
// assignable").
func TestSuite6LangAppendDeclaredFunc(t *testing.T) {
	suite6LangRun(t, `import "fmt"
func sq(x int) int { return x * x }
var fs []func(int) int
fs = append(fs, sq)
fs = append(fs, sq, func(x int) int { return -x })
func g() []func(int) int { return append([]func(int) int{}, sq, sq) }
fmt.Println(len(fs), fs[0](3), fs[2](4), len(g()), g()[1](5))`, "3 9 -4 2 25\n")
}

// Converting a variable to a non-empty interface copies its value: the
// interface held the variable itself (var g Getter = c; c.Inc(): g.Get()
// saw the new count).
func TestSuite6LangInterfaceHoldsCopy(t *testing.T) {
	suite6LangRun(t, `import "fmt"
type Counter struct{ n int }
func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
type Getter interface{ Get() int }
func show(g Getter, c *Counter) { c.Inc(); fmt.Println(g.Get(), c.n) }
func f() {
	var c Counter
	c.Inc()
	var g Getter = c
	c.Inc()
	fmt.Println(g.Get(), c.Get())
	g2 := Getter(c)
	c.Inc()
	fmt.Println(g2.Get(), c.n)
	gs := []Getter{c}
	c.Inc()
	fmt.Println(gs[0].Get(), c.n)
	show(c, &c)
}
f()
var c Counter
var g Getter = c
c.Inc()
fmt.Println(g.Get(), c.n)`, "1 2\n2 3\n3 4\n4 5\n0 1\n")
}

// In p & (1 << i), the untyped constant 1 of a non-constant shift takes
// the type of the other operand (Perm, a uint8): it was an int, and the
// & panicked ("call of reflect.Value.Uint on int Value").
func TestSuite6LangUntypedShiftOperand(t *testing.T) {
	suite6LangRun(t, `import "fmt"
type Perm uint8
func f(p Perm) {
	for i := 0; i < 3; i++ {
		fmt.Print(p&(1<<i) != 0, " ")
	}
	var u uint16 = 5
	i := 2
	fmt.Println(u|1<<i, u&(1<<i), p&^(1<<i))
}
f(5)`, "true false true 5 4 1\n")
}

// A goto to a label on a bare return of a func with named results (the
// return node's exec is nil on purpose) looped forever.
func TestSuite6LangGotoBareReturn(t *testing.T) {
	suite6LangRun(t, `import "fmt"
func g(fail int) (log []string) {
	if fail == 2 {
		goto done
	}
	log = append(log, "more")
done:
	return
}
fmt.Println(g(2), g(0))`, "[] [more]\n")
}

// var e error = T{} with T an interpreted type implementing error stored
// the struct itself in the variable: var e2 error = e and
// map[string]error{"a": e} panicked (reflect.Set: struct { Code int } is
// not assignable to type error).
func TestSuite6LangErrorVarCompositeLit(t *testing.T) {
	suite6LangRun(t, `import "fmt"
type MyErr struct{ Code int }
func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }
func f() {
	var e error = MyErr{5}
	var e2 error = e
	fmt.Println(e2, map[string]error{"a": e}, []error{e})
}
f()`, "code 5 map[a:code 5] [code 5]\n")
}

// Two values of an interpreted interface type are equal when their dynamic
// types and values are (they were compared as the interpreter's wrappers,
// by identity: n2 = n; n2 == n was true only because both shared the
// variable's storage, and T{"t"} == T{"t"} through two interfaces was false).
func TestSuite6LangNamedInterfaceEquality(t *testing.T) {
	suite6LangRun(t, `import "fmt"
type Named interface{ Name() string }
type T struct{ n string }
func (t T) Name() string { return t.n }
var n Named = T{"t"}
var n2 Named
n2 = n
var n3 Named = T{"t"}
var n4 Named = T{"u"}
var e1, e2 Named
fmt.Println(n2 == n, n3 == n, n4 == n, n4 != n, n3 != n, e1 == e2, e1 == nil, n != nil)`,
		"true true false true false true true true\n")
}

// A field of a struct is shallower than a method promoted from an
// embedded field of the same name (d.Name, the field, next to the Name
// method of an embedded *Logger): it was rejected as an ambiguous selector.
func TestSuite6LangFieldShadowsPromotedMethod(t *testing.T) {
	suite6LangRun(t, `import "fmt"
type Logger struct{ prefix string }
func (l *Logger) Name() string   { return "logger" }
type Inner struct{ Tag string }
func (Inner) Label() string { return "inner label" }
type Base struct{ Inner; Label string }
type Derived struct {
	*Logger
	Base
	Name string
}
func (Derived) Tag() string { return "method tag" }
d := Derived{&Logger{}, Base{Inner{"t"}, "field label"}, "x"}
fmt.Println(d.Name, d.Logger.Name(), d.Label, d.Tag(), d.Base.Tag, d.Base.Label, d.Inner.Label())`,
		"x logger field label method tag t field label inner label\n")
}
