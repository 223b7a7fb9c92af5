package eval

import (
	"strings"
	"testing"
)

// Calls of interpreted functions reuse the frame of their call site's
// last call when nothing can refer to it afterwards
// (third_party/yaegi/interp/fastcall.go). callsProg exercises what the
// reuse must keep: recursion, slots replaced by slice elements and
// dereferenced pointers, zeroed locals, fresh slices, pointers and maps at
// each call, panics through reused frames, defers, named results,
// multiple and discarded results, variadic calls, goroutines running the
// same function, closures. callsWant is what `go run` prints for it (with
// runCalls as main).
const callsProg = `import (
	"errors"
	"fmt"
	"sync"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func touch(s []int, i int, w bool) int {
	if w {
		s[i] = 7
	}
	x := s[i]
	x += 100
	return x
}

func deref(p *int) int {
	y := *p
	y++
	return y
}

func setp(p *int, v int) { *p = v }

func div(a, b int) int { return a / b }

func level1(a, b int) int { return div(a, b) + 1 }

func protect(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return level1(a, b), nil
}

func index(s []int, i int) int { return s[i] }

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(n int) (r int) {
	defer func() { r *= 2 }()
	r = sq(n)
	return r + 1
}

func sq(n int) int { return n * n }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func setFirst(xs ...int) { xs[0] = 99 }

func counter(flag bool) int {
	var x int
	if flag {
		x = 5
	}
	return x
}

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func mk(v int) *int {
	p := new(int)
	*p = v
	return p
}

func mm(k string) map[string]int {
	m := map[string]int{}
	m[k] = len(k)
	return m
}

func rev(s string) string {
	if len(s) <= 1 {
		return s
	}
	return rev(s[1:]) + s[:1]
}

type C int

func (c *C) inc() { *c++ }

func useC() int {
	var c C
	c.inc()
	c.inc()
	return int(c)
}

type node struct {
	val         int
	left, right *node
}

func insert(t *node, v int) *node {
	if t == nil {
		return &node{val: v}
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func walk(t *node, out []int) []int {
	if t == nil {
		return out
	}
	out = walk(t.left, out)
	out = append(out, t.val)
	return walk(t.right, out)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func discard(n int) int { return n * 3 }

func fsum(x float64, n int) float64 {
	if n == 0 {
		return x
	}
	return fsum(x+0.1, n-1)
}

func deferCalls(n int) (out []string) {
	for i := 0; i < n; i++ {
		defer func(i int) { out = append(out, fmt.Sprint(sq(i))) }(i)
	}
	return nil
}

var errNeg = errors.New("negative")

func check(n int) error {
	if n < 0 {
		return errNeg
	}
	return nil
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func runCalls() {
	fmt.Println("fib", fib(20), fib(1), fib(0))
	fmt.Println("even", isEven(10), isOdd(7), isEven(7))
	s := []int{1, 2, 3}
	fmt.Println("touch", touch(s, 0, false), touch(s, 1, true), touch(s, 2, false), s)
	v := 41
	fmt.Println("deref", deref(&v), v)
	setp(&v, 5)
	setp(&v, 6)
	fmt.Println("setp", v)
	for _, b := range []int{2, 0, 5} {
		q, err := protect(10, b)
		fmt.Println("protect", q, err)
	}
	func() {
		defer func() { fmt.Println("index", recover()) }()
		for i := 0; i < 5; i++ {
			fmt.Println("at", index(s, i))
		}
	}()
	q, r := divmod(17, 5)
	_, r2 := divmod(9, 4)
	divmod(1, 1)
	fmt.Println("divmod", q, r, r2)
	fmt.Println("named", named(3), named(4))
	fmt.Println("sum", sum(), sum(1, 2, 3), sum(s...))
	setFirst(s...)
	fmt.Println("setFirst", s)
	fmt.Println("counter", counter(true), counter(false), counter(true))
	a := build(3)
	b := build(2)
	a[0] = 50
	fmt.Println("build", a, b, build(0) == nil)
	p1, p2 := mk(1), mk(2)
	*p1 += 10
	fmt.Println("mk", *p1, *p2, p1 != p2)
	m1, m2 := mm("ab"), mm("xyz")
	fmt.Println("mm", m1, m2)
	fmt.Println("rev", rev("hello, world"), strings.ToUpper(rev("abc")))
	fmt.Println("useC", useC(), useC())
	var t *node
	for _, x := range []int{5, 3, 8, 1, 4, 9, 7} {
		t = insert(t, x)
	}
	fmt.Println("tree", walk(t, nil))
	fmt.Println("ack", ack(2, 3))
	for i := 0; i < 3; i++ {
		discard(i)
	}
	fmt.Println("fsum", fsum(0, 10))
	fmt.Println("defers", deferCalls(4))
	fmt.Println("check", check(1), check(-1))
	fmt.Println("gcd", gcd(84, 36), gcd(17, 5))
	var wg sync.WaitGroup
	res := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = fib(15 + i)
		}()
	}
	wg.Wait()
	fmt.Println("goroutines", res)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return sq(i) + fib(i) })
	}
	fmt.Println("closures", fs[0](), fs[1](), fs[2]())
}
`

const callsWant = `fib 6765 1 0
even true true false
touch 101 107 103 [1 7 3]
deref 42 41
setp 6
protect 6 <nil>
protect 0 recovered: runtime error: integer divide by zero
protect 3 <nil>
at 1
at 7
at 3
index runtime error: index out of range [3] with length 3
divmod 3 2 1
named 20 34
sum 0 6 11
setFirst [99 7 3]
counter 5 0 5
build [50 1 2] [0 1] true
mk 11 2 true
mm map[ab:2] map[xyz:3]
rev dlrow ,olleh CBA
useC 2 2
tree [1 3 4 5 7 8 9]
ack 9
fsum 0.9999999999999999
defers [9 4 1 0]
check <nil> negative
gcd 12 1
goroutines [610 987 1597 2584]
closures 0 2 5
`

func TestCallsReuseFrames(t *testing.T) {
	ts := newSession(t)
	ts.ok(callsProg)
	// Twice in one cell: the second run reuses the frames the first left.
	c := ts.ok("runCalls()\nrunCalls()")
	if got := c.stdout.String(); got != callsWant+callsWant {
		t.Errorf("got:\n%s\nwant (twice):\n%s", got, callsWant)
	}
}

// The results of a call start at zero, whatever the destination held
// (upstream, the callee wrote into the destination variable, or the call's
// own temporary, so that a named result started with the value of the
// previous call at that site), and a call that panics leaves the
// destination alone. The expected output is `go run`'s.
func TestCallsResultsStartAtZero(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"
func g() (r int) { r++; return }

func h() (r int, s int) { r++; s += 2; return }

func k() (r int) {
	defer func() { recover() }()
	r = 5
	panic("x")
}

func half(n int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%v", e)
		}
	}()
	q = 100 / n
	return
}

var seen int

func peek() (r int) { seen = r; r = 7; return }

func runResults() {
	for i := 0; i < 3; i++ {
		x := g()
		a, b := h()
		fmt.Println(x, a, b, g(), k())
	}
	x := 9
	x, _ = half(0)
	fmt.Println(x)
	y, err := half(4)
	fmt.Println(y, err)
	y, err = half(0)
	fmt.Println(y, err)
	seen = -1
	z := 3
	z = peek()
	z = peek()
	fmt.Println(z, seen)
}
`)
	c := ts.ok("runResults()")
	want := "1 1 2 1 5\n1 1 2 1 5\n1 1 2 1 5\n0\n25 <nil>\n0 runtime error: integer divide by zero\n7 0\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// A panic in a function called from a reused frame has Go's text and the
// traceback shows the lines of the calls it went through; the functions
// still work afterwards. A recursion without a base case through reused
// frames ends in a RecursionError.
func TestCallsPanicThroughReusedFrames(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func at(s []int, i int) int { return s[i] }
func mid(s []int, i int) int { return at(s, i) * 2 }
func loop(s []int) int { t := 0; for i := 0; i < 5; i++ { t += mid(s, i) }; return t }
func down(n int) int { return down(n+1) + 1 }`)
	for i := 0; i < 2; i++ {
		_, e := ts.fails("loop([]int{1, 2, 3})")
		if e.Name != "panic" || e.Value != "runtime error: index out of range [3] with length 3" {
			t.Fatalf("got %s %q", e.Name, e.Value)
		}
		trace := strings.Join(e.Trace, "\n")
		for _, line := range []string{"return s[i]", ":2:39 in mid", ":3:26 in loop"} {
			if !strings.Contains(trace, line) {
				t.Errorf("the traceback lacks %q:\n%s", line, trace)
			}
		}
	}
	if c := ts.ok("loop([]int{1, 2, 3, 4, 5})"); c.text() != "30" {
		t.Errorf("loop = %q, want 30", c.text())
	}
	_, e := ts.fails("down(0)")
	if !strings.Contains(e.Value, "RecursionError: maximum recursion depth exceeded") {
		t.Errorf("down(0): %s %q", e.Name, e.Value)
	}
	if c := ts.ok("loop([]int{1, 1, 1, 1, 1})"); c.text() != "10" {
		t.Errorf("loop = %q, want 10", c.text())
	}
}

// An interrupt stops a recursion that runs for ever (an exponential one,
// within the depth limit) without the hard stop, and the function can be
// called again.
func TestCallsInterruptRecursion(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func grow(n int) int { if n == 0 { return 1 }; return grow(n-1) + grow(n-1) }`)
	_, e := ts.interrupt("fmt.Println(\"started\")\ngrow(200)")
	if strings.Contains(strings.Join(e.Trace, "\n"), "interpreter was stopped") {
		t.Errorf("the recursion needed the hard stop: %v", e.Trace)
	}
	if c := ts.ok("grow(10)"); c.text() != "1024" {
		t.Errorf("grow(10) = %q", c.text())
	}
}

// BenchmarkCellInterpCall is one call of an interpreted func with an int
// argument and result (third_party/yaegi/interp/fastcall.go).
func BenchmarkCellInterpCall(b *testing.B) {
	benchCell(b, `func id(i int) int { return i }
var sink int
func fn(n int) { t := 0; for i := 0; i < n; i++ { t += id(i) }; sink = t }`)
}

// BenchmarkCellInterpCallNotReused is a call of an interpreted func whose
// frame is not reused (an error result), which must not be slower than
// before.
func BenchmarkCellInterpCallNotReused(b *testing.B) {
	benchCell(b, `func pair(i int) (int, error) { return i, nil }
var sink int
func fn(n int) { t := 0; for i := 0; i < n; i++ { v, _ := pair(i); t += v }; sink = t }`)
}

// BenchmarkCellSumLoopReusedFrame is BenchmarkCellSumLoop's loop in a
// function whose frame is reused (its slots are fields of one struct).
func BenchmarkCellSumLoopReusedFrame(b *testing.B) {
	benchCell(b, `var sink int
func loopSum(n int) int { t := 0; for i := 0; i < n; i++ { t += i }; return t }
func fn(n int) { sink = loopSum(n) }`)
}
