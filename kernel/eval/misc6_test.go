package eval

import (
	"strings"
	"testing"
)

// misc6 checks the fixes of the remaining differences from `go run`
// (third_party/yaegi/PATCHES.md, the sections of misc6). Expected outputs
// are those of `go run` of the same programs.

// runMisc6 runs the cells in a fresh session and compares the stdout of the
// last one.
func runMisc6(t *testing.T, want string, cells ...string) {
	t.Helper()
	ts := newSession(t)
	var c *cell
	for _, code := range cells {
		c = ts.ok(code)
	}
	if got := c.stdout.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// The method expression I.M of an interface type is a func whose first
// argument is a value of I (it failed "too many arguments").
func TestMisc6IfaceMethodExpr(t *testing.T) {
	runMisc6(t, `cat rex cat
fido
a=6 <nil>
c=13 <nil>
Rect(3x4)
func(main.Namer) string
func(fmt.Stringer) string
4 <nil> goph
boom
recovered: runtime error: invalid memory address or nil pointer dereference
`, `import ("errors"; "fmt"; "io"; "strings")`,
		`type Namer interface{ Name() string }
type Cat struct{}
func (Cat) Name() string { return "cat" }
type Dog struct{ n string }
func (d *Dog) Name() string { return d.n }
type Summer interface{ Sum(label string, xs ...int) (string, error) }
type Base int
func (b Base) Sum(label string, xs ...int) (string, error) {
	t := int(b)
	for _, x := range xs { t += x }
	return fmt.Sprint(label, "=", t), nil
}
type Rect struct{ W, H float64 }
func (r Rect) String() string { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
type Named interface{ fmt.Stringer }`,
		`name := Namer.Name
fmt.Println(name(Cat{}), name(&Dog{"rex"}), Namer.Name(Cat{}))
var n Namer = &Dog{"fido"}
fmt.Println(name(n))
sum := Summer.Sum
fmt.Println(sum(Base(1), "a", 2, 3))
fmt.Println(Summer.Sum(Base(10), "c", []int{1, 2}...))
fmt.Println(Named.String(Rect{3, 4}))
fmt.Printf("%T\n%T\n", name, fmt.Stringer.String)
read := io.Reader.Read
buf := make([]byte, 4)
k, err := read(strings.NewReader("gopher"), buf)
fmt.Println(k, err, string(buf[:k]))
fmt.Println(error.Error(errors.New("boom")))
func() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var none Namer
	fmt.Println(name(none))
}()`)
}

// f(a, s...): the argument a of an interface parameter is made an
// interface value (only the slice s is passed as is); it failed "call of
// reflect.Value.Interface on zero Value".
func TestMisc6VariadicIfaceArg(t *testing.T) {
	runMisc6(t, "cat a[1 2]\ncat made[1 2]\n{c} main.Cat [1 2]\nlit cat f2\n",
		`import "fmt"`,
		`type Namer interface{ Name() string }
type Cat struct{ n string }
func (c Cat) Name() string { return "cat " + c.n }
func show(n Namer, xs ...int) string { return fmt.Sprint(n.Name(), xs) }
func showAny(a any, xs ...int) string { return fmt.Sprintf("%v %T %v", a, a, xs) }
func mkCat() Cat { return Cat{"made"} }`,
		`s := []int{1, 2}
fmt.Println(show(Cat{"a"}, s...))
fmt.Println(show(mkCat(), s...))
fmt.Println(showAny(Cat{"c"}, s...))
lit := func(n Namer, xs ...int) string { return fmt.Sprint("lit ", n.Name(), len(xs)) }
fmt.Println(lit(Cat{"f"}, s...))`)
}

// A call's result of an interpreted interface type given straight to fmt
// or errors keeps its dynamic type's methods (fmt printed the fields of a
// Stringer; a nil result crashed; errors.Is failed "Call using struct {}
// as type error").
func TestMisc6IfaceResultToCompiled(t *testing.T) {
	runMisc6(t, "Rect(3x6) Rect(1x2)\ncode 4 <nil>\ntrue false\nwrapped: code 9\n",
		`import ("errors"; "fmt")`,
		`type Shape interface{ Scale(f float64) Shape }
type Rect struct{ W, H float64 }
func (r Rect) Scale(f float64) Shape { return Rect{r.W * f, r.H * f} }
func (r Rect) String() string { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
type CodeErr struct{ code int }
func (e CodeErr) Error() string { return fmt.Sprint("code ", e.code) }
func (e CodeErr) Code() int { return e.code }
type Coded interface { error; Code() int }
func mkCoded(c int) Coded { return CodeErr{c} }
func mkNil() Shape { return nil }`,
		`var s Shape = Rect{1, 2}
fmt.Println(s.Scale(3), s.Scale(1))
fmt.Println(mkCoded(4), mkNil())
fmt.Println(errors.Is(mkCoded(7), CodeErr{7}), errors.Is(mkCoded(7), CodeErr{8}))
fmt.Println(fmt.Errorf("wrapped: %w", mkCoded(9)))`)
}

// Predeclared names declared at a cell's top level (package-level
// variables): constants still get the predeclared default types (the
// cell's compilation panicked "CFG post-order panic" in defaultType).
func TestMisc6PredeclaredShadowedAtTopLevel(t *testing.T) {
	runMisc6(t, "10 not nil true 3\nstring true\n",
		`import "fmt"`,
		`iota := 10
nil := "not nil"
false := true
string := 3
fmt.Println(iota, nil, false, string)
s := "x"
fmt.Printf("%T %v\n", s, 1 < 2)`)
}

// A cycle of constants or variables reports gc's "initialization cycle
// for NAME" (yaegi says "constant definition loop"); an undefined name
// stays "undefined: NAME".
func TestMisc6InitCycle(t *testing.T) {
	ts := newSession(t)
	for code, want := range map[string]string{
		"const a = b\nconst b = a":         "1:7: initialization cycle for a",
		"var x = y\nvar y = x":             "1:5: initialization cycle for x",
		"const c = d + 1\nconst d = c * 2": "1:7: initialization cycle for c",
		"const u = missing + 1":            "undefined: missing",
	} {
		c := ts.run(code)
		if c.err == nil || !strings.Contains(c.err.Error(), want) {
			t.Errorf("%q: got %v, want %q", code, c.err, want)
		}
	}
}
