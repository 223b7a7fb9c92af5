package eval

import (
	"strings"
	"testing"
)

// Calls of declared functions made by call steps run the callee's body
// program in the caller's exec loop (third_party/yaegi/interp/fastops.go
// exec, fastcallstep.go prepare/finish; PATCHES.md "Call steps without a
// Go call per interpreted call"). The expected output is `go run`'s.
const speed6Decls = `import "fmt"

func leaf(n int) int {
	if n == 0 {
		var s []int
		return s[3]
	}
	return leaf(n-1) + 1
}

func safe(n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	return leaf(n) * 2
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func half(x float64) float64 { return x / 2 }

func sum3(a, b, c int) int { return a + b + c }

func label(n int) string {
	if n < 0 {
		return "neg"
	}
	return fmt.Sprint("n=", n)
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func big(a int) int {
	b := a + 1
	c := b * 2
	d := c - 3
	e := d + a
	f := e * b
	g := f - c
	h := g + d
	i := h * 2
	j := i - e
	return j + sum3(a, b, c)
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

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

`

const speed6Main = `fmt.Println(safe(2), safe(0))
fmt.Println(even(10), odd(7), even(7))
t := 0.0
for i := 0; i < 5; i++ {
	t += half(float64(i))
}
fmt.Println(t)
s := 0
for i := 0; i < 100; i++ {
	s += sum3(i, i, 1)
}
fmt.Println(s, label(-1), label(4))
q, r := divmod(17, 5)
fmt.Println(q, r)
fmt.Println(big(3), ack(2, 3), fib(20))
fmt.Println(safe(1))`

const speed6Want = `recovered: runtime error: index out of range [3] with length 0
recovered: runtime error: index out of range [3] with length 0
-1 -1
true true false
5
10000 neg n=4
3 2
65 9 6765
recovered: runtime error: index out of range [3] with length 0
-1
`

func TestSpeed6CallSteps(t *testing.T) {
	ts := newSession(t)
	ts.ok(speed6Decls)
	for i := 0; i < 3; i++ { // frames reused across cells and after panics
		if c := ts.ok(speed6Main); c.stdout.String() != speed6Want {
			t.Fatalf("run %d: stdout %q, want %q", i, c.stdout.String(), speed6Want)
		}
	}
}

// A panic through calls run in the caller's loop gives the same error and
// traceback lines (each function once per call, deepest first), and the
// frames are usable afterwards.
func TestSpeed6PanicThroughInlineCalls(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func leaf(n int) int {
	if n == 0 {
		var s []int
		return s[3]
	}
	return leaf(n-1) + 1
}
func mid(n int) int {
	defer fmt.Println("mid deferred")
	return leaf(n) * 2
}
func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }`)
	for i := 0; i < 2; i++ {
		c, e := ts.fails("mid(3)")
		if c.stdout.String() != "mid deferred\n" {
			t.Errorf("stdout %q", c.stdout.String())
		}
		trace := strings.Join(e.Trace, "\n")
		if !strings.Contains(trace, "index out of range [3] with length 0") || !strings.Contains(trace, "in leaf") ||
			!strings.Contains(trace, "in mid") || strings.Index(trace, "in leaf") > strings.Index(trace, "in mid") {
			t.Errorf("trace %q", trace)
		}
		if c := ts.ok("fib(15)"); c.text() != "610" {
			t.Errorf("fib(15) after the panic = %q", c.text())
		}
	}
}

// A loop calling a function, its calls made in the loop's exec, stops at an
// interrupt without the hard stop, and runs again afterwards.
func TestSpeed6InterruptInlineCalls(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func twice(i int) int { return i * 2 }
func loopy(n int) int { s := 0; for i := 0; i < n; i++ { s += twice(i) & 7 }; return s }`)
	_, e := ts.interrupt("fmt.Println(\"started\")\nloopy(1 << 60)")
	if strings.Contains(strings.Join(e.Trace, "\n"), "interpreter was stopped") {
		t.Errorf("the loop needed the hard stop: %v", e.Trace)
	}
	if c := ts.ok("loopy(10)"); c.text() != "26" {
		t.Errorf("loopy(10) = %q", c.text())
	}
}

// BenchmarkCellReturnedClosureCall is one call of a closure returned by a
// function (called through reflect.MakeFunc's func value today).
func BenchmarkCellReturnedClosureCall(b *testing.B) {
	benchCell(b, `var sink int
func makeAdder(k int) func(int) int { return func(x int) int { return x + k } }
func fn(n int) {
	adder := makeAdder(1)
	t := 0
	for i := 0; i < n; i++ { t = adder(i) }
	sink = t
}`)
}
