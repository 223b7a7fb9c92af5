package eval

import (
	"strings"
	"testing"
)

// Tests of the second round of small engine fixes (r2small). Every expected
// output below is what `go run` printed for the same program.

// r2both runs prog (imports, declarations and a func main) as one cell, then
// in a fresh session as two cells: the file without main, then main's body
// as top-level statements; both must print want.
func r2both(t *testing.T, prog, want string) {
	t.Helper()
	ts := newSession(t)
	if got := ts.ok(prog).stdout.String(); got != want {
		t.Errorf("whole: got\n%s\nwant\n%s", got, want)
	}
	i := strings.Index(prog, "func main() {\n")
	decls, body := prog[:i], prog[i+len("func main() {\n"):]
	body = body[:strings.LastIndex(body, "}")]
	ts = newSession(t)
	got := ts.ok(decls).stdout.String()
	if got += ts.ok(body).stdout.String(); got != want {
		t.Errorf("split: got\n%s\nwant\n%s", got, want)
	}
}

// TestR2SmallBasics: iota with several names per spec and blank names,
// constant comparisons and && / ||, s[i] at the top level, range over a
// string (byte positions, an invalid byte advances by 1), over a nil pointer
// to array (index only), the assignment form of range, a receive returned
// or assigned to a variable whose address was taken, x.(error) on nil.
func TestR2SmallBasics(t *testing.T) {
	r2both(t, `import (
	"errors"
	"fmt"
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

const (
	n0 = iota
	n1
)

const bb = 3 < 4 && "a" < "b"
const b2 = 3 > 4 || 2 <= 2
const b3 = "x" != "y"

var global = "hello"
var gb = global[1]

func recvRet(ch chan float64) float64 { return <-ch }

func recvTwo(ch chan int) (int, int) { return <-ch, <-ch }

func main() {
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3, n0, n1)
	fmt.Println(bb, b2, b3, !bb)
	const f float32 = 0.1
	fmt.Println(f == 0.1, 0.1 == 0.1)
	fmt.Printf("%T %v\n", gb, gb)
	s := "go"
	s += "lang"
	b := s[0]
	fmt.Printf("%T %c\n", b, b)
	// range over string: byte positions, invalid bytes advance by 1
	for i, r := range "aé\xffz" {
		fmt.Print(i, ":", r, " ")
	}
	for i := range "aé\xffz" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	// range over a nil pointer to array with only an index
	var p *[3]int
	for i := range p {
		fmt.Print(i, " ")
	}
	q := &[2]string{"x", "y"}
	w := 7
	for i, v := range q {
		fmt.Print(i, v, w, " ")
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i, v := range p {
			fmt.Println(i, v)
		}
	}()
	// assignment form of range
	var k int
	for k = range 3 {
	}
	var idx, val int
	for idx, val = range []int{10, 20, 30} {
		if val == 20 {
			break
		}
	}
	m := map[string]int{}
	var key string
	for key = range map[string]bool{"only": true} {
		m[key]++
	}
	arr := [2]int{}
	for arr[0], arr[1] = range []int{5, 6} {
	}
	fmt.Println(k, idx, val, m, arr)
	// receive as a result
	ch := make(chan float64, 1)
	ch <- 2.5
	fmt.Println(recvRet(ch))
	ci := make(chan int, 2)
	ci <- 2
	ci <- 3
	fmt.Println(recvTwo(ci))
	x := 0
	px := &x
	ci <- 9
	x = <-ci
	fmt.Println(*px)
	var r any
	_, ok := r.(error)
	var e any = errors.New("boom")
	_, ok2 := e.(error)
	fmt.Println(ok, ok2)
}
`, `1 0 2 1 8 7 0 1
true true true false
true true
uint8 101
uint8 g
0:97 1:233 3:65533 4:122 0 1 3 4 
0 1 2 0x7 1y7 
recovered: runtime error: invalid memory address or nil pointer dereference
2 1 20 map[only:1] [1 6]
2.5
2 3
9
false true
`)
}

// TestR2SmallVarInit: package variables are initialized in dependency order,
// a function's body counting as dependencies (a local variable does not),
// and "var a, b = f()" may precede the declaration of f.
func TestR2SmallVarInit(t *testing.T) {
	r2both(t, `import "fmt"

var (
	g, h = swap(1, 2)
	a    = c + b
	b    = f()
	c    = f()
	d    = 3
	x    = tr("x", z)
	z    = tr("z", 1)
	y    = tr("y", 2)
	loc  = shadow()
)

func swap(x, y int) (int, int) { return y, x }

func f() int {
	d++
	fmt.Println("f called, d =", d)
	return d
}

func shadow() int {
	loc := 5
	return loc + y
}

func tr(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func main() {
	fmt.Println(g, h, a, b, c, d, x, z, y, loc)
}
`, `f called, d = 4
f called, d = 5
init z
init x
init y
2 1 9 4 5 5 1 1 2 7
`)
}

// TestR2SmallTypeSwitchMethodExpr: interface cases of a type switch (error,
// fmt.Stringer, an interpreted interface) match compiled and interpreted
// dynamic values, with and without a clause variable, one or several types;
// method expressions (P.Get, (*P).Get) as values of a func type.
func TestR2SmallTypeSwitchMethodExpr(t *testing.T) {
	r2both(t, `import (
	"errors"
	"fmt"
	"time"
)

type E struct{}

func (E) Error() string { return "E" }

type Namer interface{ Name() string }
type N struct{}

func (N) Name() string   { return "n" }
func (N) String() string { return "N!" }

func kind(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case Namer:
		return "namer " + v.Name()
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return "default"
	}
}

func kind2(x any) string {
	switch x.(type) {
	case error, fmt.Stringer:
		return "err-or-stringer"
	case Namer:
		return "namer"
	}
	return "other"
}

func kind3(x any) string {
	switch v := x.(type) {
	case int, error:
		_ = v
		return "int-or-error"
	}
	return "other"
}

type P struct{ x int }

func (p P) Get() int      { return p.x }
func (p *P) Set(v int)    { p.x = v }
func (p P) Add(n int) int { return p.x + n }

func main() {
	for _, x := range []any{errors.New("x"), E{}, N{}, nil, 1, time.Second} {
		fmt.Println(kind(x), "|", kind2(x), "|", kind3(x))
	}
	fs := []func(P) int{P.Get, func(p P) int { return -p.x }}
	var g func(P, int) int = P.Add
	var h func(*P) int = (*P).Get
	set := (*P).Set
	p := P{3}
	set(&p, 4)
	for _, f := range fs {
		fmt.Print(f(p), " ")
	}
	fmt.Println(g(p, 10), h(&p))
}
`, `error x | err-or-stringer | int-or-error
error E | err-or-stringer | int-or-error
namer n | err-or-stringer | other
nil | other | other
default | other | int-or-error
stringer 1s | err-or-stringer | other
4 -4 14 4
`)
}

// TestR2SmallMaphashComparable: the generic maphash.Comparable and
// WriteComparable (a hand-written source replacement).
func TestR2SmallMaphashComparable(t *testing.T) {
	r2both(t, `import (
	"fmt"
	"hash/maphash"
	"math"
)

type pt struct {
	X, Y int
	s    string
}

func main() {
	seed := maphash.MakeSeed()
	a := maphash.Comparable(seed, [2]int{1, 2})
	b := maphash.Comparable(seed, [2]int{1, 2})
	var h1, h2 maphash.Hash
	h1.SetSeed(seed)
	h2.SetSeed(seed)
	maphash.WriteComparable(&h1, pt{1, 2, "a"})
	maphash.WriteComparable(&h2, pt{1, 2, "a"})
	var e any = 3
	fmt.Println(a == b, h1.Sum64() == h2.Sum64(), maphash.Comparable(seed, 0.0) == maphash.Comparable(seed, math.Copysign(0, -1)),
		maphash.Comparable(seed, "a") != maphash.Comparable(seed, "b"), maphash.Comparable(seed, e) == maphash.Comparable(seed, any(3)))
}
`, "true true true true true\n")
}

// TestR2SmallTopLevelComparison: "c := pkg.F() == x" at the top level is a
// bool (it took the type of F's result for a package with generic sources).
func TestR2SmallTopLevelComparison(t *testing.T) {
	r2both(t, `import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
)

func main() {
	seed := maphash.MakeSeed()
	c := maphash.String(seed, "x") == maphash.String(seed, "x")
	d := rand.IntN(1) == 0
	e := rand.IntN(1) < 1
	fmt.Printf("%v %v %v %T\n", c, d, e, d)
}
`, "true true true bool\n")
}
