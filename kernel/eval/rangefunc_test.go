package eval

// Range over functions (Go 1.23) in the interpreter (issue 11). Every
// expected output is what `go run` prints for the same program.

import (
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
)

// rfIters declares the iterators the tests share.
const rfIters = `func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func times(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}
`

func TestRangeFuncInFuncs(t *testing.T) {
	for _, tc := range []struct{ name, code, want string }{
		{"arity", `func main() {
	for v := range count(3) {
		fmt.Println("v", v)
	}
	for i, s := range pairs([]string{"a", "b"}) {
		fmt.Println("kv", i, s)
	}
	for i := range pairs([]string{"a", "b"}) {
		fmt.Println("k", i)
	}
	for _, s := range pairs([]string{"x", "y"}) {
		fmt.Println("_v", s)
	}
	n := 0
	for range times(4) {
		n++
	}
	for range count(2) {
		n += 10
	}
	fmt.Println("n", n)
	var k int
	var s string
	for k, s = range pairs([]string{"p", "q", "r"}) {
	}
	fmt.Println("assigned", k, s)
	for k = range count(5) {
	}
	fmt.Println("assigned", k)
	words := func(yield func(string) bool) {
		_ = yield("go") && yield("is") && yield("fun")
	}
	for w := range words {
		fmt.Print(w, " ")
	}
	fmt.Println()
}
`, `v 0
v 1
v 2
kv 0 a
kv 1 b
k 0
k 1
_v x
_v y
n 24
assigned 2 r
assigned 4
go is fun 
`},
		{"closures", `func main() {
	var fs []func() int
	for v := range count(3) {
		fs = append(fs, func() int { return v * 10 })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var ps []*string
	for _, s := range pairs([]string{"a", "b", "c"}) {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p)
	}
	fmt.Println()
	sum := 0
	for v := range count(5) {
		sum += v
	}
	fmt.Println("sum", sum)
}
`, `0
10
20
abc
sum 10
`},
		{"branches", `func main() {
	for v := range count(10) {
		if v%2 == 0 {
			continue
		}
		if v > 6 {
			break
		}
		fmt.Println("odd", v)
	}
outer:
	for i := 0; i < 3; i++ {
		for v := range count(5) {
			if v == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("i", i, "v", v)
		}
		fmt.Println("not reached")
	}
	fmt.Println("after outer")
rf:
	for a := range count(3) {
		for b := range count(3) {
			if b > a {
				continue rf
			}
			if a == 2 && b == 1 {
				break rf
			}
			fmt.Println("ab", a, b)
		}
	}
	fmt.Println("after rf")
	for a := range count(2) {
	inner:
		for b := range count(3) {
			for c := range count(3) {
				if c == 1 {
					continue inner
				}
				if b == 2 {
					break inner
				}
				fmt.Println("abc", a, b, c)
			}
		}
	}
	for v := range count(3) {
		switch v {
		case 1:
			break
		default:
			fmt.Println("sw", v)
		}
		for i := 0; i < 5; i++ {
			if i == 1 {
				break
			}
			fmt.Println("inner for", v, i)
		}
	}
	i := 0
loop:
	for v := range count(10) {
		if v == 3 {
			goto done
		}
		i += v
	}
	goto loop
done:
	fmt.Println("goto", i)
}
`, `odd 1
odd 3
odd 5
i 0 v 0
i 1 v 0
after outer
ab 0 0
ab 1 0
ab 1 1
ab 2 0
after rf
abc 0 0 0
abc 0 1 0
abc 1 0 0
abc 1 1 0
sw 0
inner for 0 0
inner for 1 0
sw 2
inner for 2 0
goto 3
`},
		{"returns", `func find(s []string, w string) int {
	for i, v := range pairs(s) {
		if v == w {
			return i
		}
	}
	return -1
}

func named(n int) (sum int, err error) {
	for v := range count(n) {
		sum += v
		if v == 3 {
			err = fmt.Errorf("stop at %d", v)
			return
		}
	}
	return sum * 100, nil
}

func nested() (int, string) {
	for a := range count(3) {
		for b := range count(3) {
			if a*b == 2 {
				return a, fmt.Sprint("b=", b)
			}
		}
	}
	return -1, ""
}

func deferred() (r int) {
	defer func() { fmt.Println("deferred sees", r); r++ }()
	for v := range count(5) {
		defer fmt.Println("defer in body", v)
		if v == 2 {
			return v * 7
		}
	}
	return 0
}

func main() {
	fmt.Println(find([]string{"a", "b", "c"}, "c"), find(nil, "x"))
	fmt.Println(named(10))
	fmt.Println(named(2))
	fmt.Println(nested())
	fmt.Println("deferred", deferred())
	f := func() string {
		for _, s := range pairs([]string{"x", "y"}) {
			if s == "y" {
				return "closure " + s
			}
		}
		return ""
	}
	fmt.Println(f())
}
`, `2 -1
6 stop at 3
100 <nil>
1 b=2
defer in body 2
defer in body 1
defer in body 0
deferred sees 14
deferred 15
closure y
`},
		{"panics", `func noisy(yield func(int) bool) {
	defer fmt.Println("iterator cleanup")
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		isRT := false
		if r != nil {
			_, isRT = r.(runtime.Error)
		}
		fmt.Println(name, "recovered:", r, isRT)
	}()
	f()
}

func main() {
	try("body panic", func() {
		for v := range noisy {
			if v == 1 {
				panic("boom")
			}
			fmt.Println("v", v)
		}
	})
	try("continued", func() {
		bad := func(yield func(int) bool) {
			yield(1)
			yield(2)
		}
		for v := range bad {
			fmt.Println("bad", v)
			break
		}
	})
	try("exhausted", func() {
		var saved func(int) bool
		for v := range func(yield func(int) bool) { saved = yield; yield(0) } {
			fmt.Println("once", v)
		}
		saved(5)
	})
	try("missing panic", func() {
		swallow := func(yield func(int) bool) {
			defer func() { recover() }()
			yield(1)
		}
		for range swallow {
			panic("lost")
		}
	})
	try("resumed after panic", func() {
		again := func(yield func(int) bool) {
			defer func() { recover(); yield(2) }()
			yield(1)
		}
		for range again {
			panic("first")
		}
	})
	try("ok", func() {
		for v := range count(2) {
			fmt.Println("fine", v)
		}
	})
}
`, `v 0
iterator cleanup
body panic recovered: boom false
bad 1
continued recovered: runtime error: range function continued iteration after function for loop body returned false true
once 0
exhausted recovered: runtime error: range function continued iteration after whole loop exit true
missing panic recovered: runtime error: range function recovered a loop body panic and did not resume panicking true
resumed after panic recovered: runtime error: range function continued iteration after loop body panic true
fine 0
fine 1
ok recovered: <nil> false
`},
		{"kinds", `type List struct{ items []string }

func (l *List) All(yield func(int, string) bool) {
	for i, s := range l.items {
		if !yield(i, s) {
			return
		}
	}
}

func (l List) Backward() func(func(string) bool) {
	return func(yield func(string) bool) {
		for i := len(l.items) - 1; i >= 0; i-- {
			if !yield(l.items[i]) {
				return
			}
		}
	}
}

type Seq func(yield func(int) bool)

type Holder struct {
	It func(func(int) bool)
}

func gen(yield func(int) bool) {
	_ = yield(7) && yield(8)
}

func main() {
	l := &List{items: []string{"a", "b", "c"}}
	for i, s := range l.All {
		fmt.Println("method value", i, s)
	}
	for s := range l.Backward() {
		fmt.Println("backward", s)
	}
	var sq Seq = func(yield func(int) bool) { yield(42) }
	for v := range sq {
		fmt.Println("named type", v)
	}
	h := Holder{It: count(2)}
	for v := range h.It {
		fmt.Println("field", v)
	}
	var a any = count(2)
	for v := range a.(func(func(int) bool)) {
		fmt.Println("from any", v)
	}
	for v := range gen {
		fmt.Println("func decl", v)
	}
	var av atomic.Value
	av.Store(count(3))
	for v := range av.Load().(func(func(int) bool)) {
		fmt.Println("through compiled", v)
	}
	type pt struct{ x, y int }
	pts := func(yield func(pt) bool) {
		for i := 0; i < 2; i++ {
			if !yield(pt{i, i * i}) {
				return
			}
		}
	}
	for p := range pts {
		fmt.Println("struct", p.x, p.y)
	}
	kv := func(yield func(string, float64) bool) {
		_ = yield("pi", 3.14) && yield("e", 2.72)
	}
	for k, v := range kv {
		fmt.Println("kv", k, v)
	}
}
`, `method value 0 a
method value 1 b
method value 2 c
backward c
backward b
backward a
named type 42
field 0
field 1
from any 0
from any 1
func decl 7
func decl 8
through compiled 0
through compiled 1
through compiled 2
struct 0 0
struct 1 1
kv pi 3.14
kv e 2.72
`},
		{"labels", `func fact(n int) int {
	if n <= 1 {
		return 1
	}
	r := 0
	for v := range count(1) {
		r = n*fact(n-1) + v
	}
	return r
}

func main() {
L:
	for v := range count(4) {
		for i := 0; i < 3; i++ {
			if i == 1 {
				continue L
			}
			if v == 2 {
				break L
			}
			fmt.Println("L", v, i)
		}
	}
M:
	for k, s := range pairs([]string{"a", "b", "c"}) {
		switch {
		case k == 0:
			continue M
		case s == "c":
			break M
		}
		select {
		default:
			fmt.Println("M", k, s)
			continue
		}
	}
	fmt.Println(fact(6))
	ch := make(chan int)
	go func() {
		for v := range count(3) {
			ch <- v
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("chan", v)
	}
}
`, `L 0 0
L 1 0
M 1 b
720
chan 0
chan 1
chan 2
`},
		{"types", `type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type ID int

func shapes(yield func(int, Shape) bool) {
	_ = yield(0, Sq{2}) && yield(1, Sq{3})
}

func anys(yield func(any) bool) {
	_ = yield(1) && yield("two") && yield(nil) && yield(3.5)
}

func errs(yield func(error) bool) {
	_ = yield(nil) && yield(fmt.Errorf("bad %d", 1))
}

func ids(yield func(ID, []byte) bool) {
	_ = yield(7, []byte("x")) && yield(8, nil)
}

func main() {
	for i, s := range shapes {
		fmt.Println(i, s.Area())
	}
	for v := range anys {
		fmt.Printf("%T %v\n", v, v)
	}
	for e := range errs {
		fmt.Println(e == nil, e)
	}
	for id, b := range ids {
		fmt.Println(id+1, len(b), string(b))
	}
	var fs []func() int
	for v := range count(3) {
		x := v * 2
		fs = append(fs, func() int { return x })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		x := i * 2
		gs = append(gs, func() int { return x })
	}
	for _, f := range gs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var last Shape
	for _, last = range shapes {
	}
	fmt.Println(last.Area())
}
`, `0 4
1 9
int 1
string two
<nil> <nil>
float64 3.5
true <nil>
false bad 1
8 1 x
9 0 
0 2 4 
0 2 4 
9
`},
		{"outer", `func main() {
S:
	for _, w := range []string{"x", "y", "z"} {
		for v := range count(3) {
			if w == "y" && v == 1 {
				continue S
			}
			if w == "z" {
				break S
			}
			fmt.Println(w, v)
		}
	}
	m := map[string]int{"k": 1}
M:
	for k := range m {
		for v := range count(3) {
			if v == 1 {
				continue M
			}
			fmt.Println(k, v)
		}
	}
	x := 2
W:
	switch x {
	case 2:
		for v := range count(5) {
			if v == 2 {
				break W
			}
			fmt.Println("sw", v)
		}
		fmt.Println("not reached")
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
C:
	for c := range ch {
		for v := range count(3) {
			if v == c {
				continue C
			}
			fmt.Println("ch", c, v)
		}
	}
	n := 0
again:
	for v := range count(5) {
		if v == 2 && n < 2 {
			n++
			goto again
		}
		fmt.Println("again", n, v)
	}
}
`, `x 0
x 1
x 2
y 0
k 0
sw 0
sw 1
ch 1 0
ch 2 0
ch 2 1
again 0 0
again 0 1
again 1 0
again 1 1
again 2 0
again 2 1
again 2 2
again 2 3
again 2 4
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts := newSession(t)
			ts.ok(rfIters)
			c := ts.run(tc.code) // a cell with func main runs it
			if c.err != nil {
				t.Fatalf("error: %v (stdout %q)", c.err, c.stdout.String())
			}
			if got := c.stdout.String(); got != tc.want {
				t.Errorf("stdout:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestRangeFuncTopLevel runs the loops at the top level of cells (the
// global frame).
func TestRangeFuncTopLevel(t *testing.T) {
	ts := newSession(t)
	ts.ok(rfIters)
	c := ts.run(`for v := range count(3) {
	fmt.Println("v", v)
}
for i, s := range pairs([]string{"a", "b"}) {
	fmt.Println("kv", i, s)
}
n := 0
for range count(4) {
	n++
}
fmt.Println(n)
var fs []func() int
for v := range count(3) {
	fs = append(fs, func() int { return v * 10 })
}
for _, f := range fs {
	fmt.Println(f())
}
var k int
var s string
for k, s = range pairs([]string{"p", "q", "r"}) {
}
fmt.Println(k, s)
outer:
for i := 0; i < 3; i++ {
	for v := range count(5) {
		if v == 1 {
			continue outer
		}
		if i == 2 {
			break outer
		}
		fmt.Println("i", i, "v", v)
	}
}
rf:
for a := range count(3) {
	for b := range count(3) {
		if b > a {
			continue rf
		}
		if a == 2 && b == 1 {
			break rf
		}
		fmt.Println("ab", a, b)
	}
}
for v := range count(10) {
	if v%2 == 0 {
		continue
	}
	if v > 6 {
		break
	}
	fmt.Println("odd", v)
}
x := 0
for v := range count(10) {
	if v == 4 {
		goto done
	}
	x += v
}
fmt.Println("not reached")
done:
fmt.Println("goto", x)
`)
	if c.err != nil {
		t.Fatalf("error: %v (stdout %q)", c.err, c.stdout.String())
	}
	if got, want := c.stdout.String(), `v 0
v 1
v 2
kv 0 a
kv 1 b
4
0
10
20
2 r
i 0 v 0
i 1 v 0
ab 0 0
ab 1 0
ab 1 1
ab 2 0
odd 1
odd 3
odd 5
goto 6
`; got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
	for _, tc := range []struct{ code, stdout, err string }{
		{"var saved func(int) bool\nfor v := range func(yield func(int) bool) { saved = yield; yield(0) } {\n\tfmt.Println(\"once\", v)\n}\nsaved(1)",
			"once 0\n", "panic: runtime error: range function continued iteration after whole loop exit"},
		{"for v := range count(3) {\n\tif v == 1 {\n\t\tpanic(fmt.Sprint(\"boom \", v))\n\t}\n\tfmt.Println(v)\n}",
			"0\n", "panic: boom 1"},
		{"bad := func(yield func(int) bool) {\n\tyield(1)\n\tyield(2)\n}\nfor v := range bad {\n\tfmt.Println(\"bad\", v)\n\tbreak\n}",
			"bad 1\n", "panic: runtime error: range function continued iteration after function for loop body returned false"},
		{"for a, b := range count(3) { fmt.Println(a, b) }", "", "permits only one iteration variable"},
		{"for a := range times(2) { fmt.Println(a) }", "", "permits no iteration variables"},
	} {
		c := ts.run(tc.code)
		if c.err == nil || !strings.Contains(c.err.Error(), tc.err) {
			t.Errorf("%q: error %v, want %q", tc.code, c.err, tc.err)
		}
		if got := c.stdout.String(); got != tc.stdout {
			t.Errorf("%q: stdout %q, want %q", tc.code, got, tc.stdout)
		}
	}
	// The session goes on working.
	c = ts.run("s := 0\nfor v := range count(5) { s += v }\ns")
	if c.err != nil || c.text() != "10" {
		t.Errorf("after errors: %q, %v", c.text(), c.err)
	}
}

// TestRangeFuncCompiledIterator ranges over iterators that are compiled
// functions (a package given to the interpreter by Use, as the standard
// library's iterators will be).
func TestRangeFuncCompiledIterator(t *testing.T) {
	ts := newSession(t)
	err := ts.s.i.Use(interp.Exports{"example.com/rfbin/rfbin": {
		"Count": reflect.ValueOf(func(n int) func(func(int) bool) {
			return func(yield func(int) bool) {
				for i := 0; i < n; i++ {
					if !yield(i) {
						return
					}
				}
			}
		}),
		"Pairs": reflect.ValueOf(func(yield func(string, float64) bool) { _ = yield("a", 1.5) && yield("b", 2.5) }),
		"Bad":   reflect.ValueOf(func(yield func(int) bool) { yield(1); yield(2) }),
	}})
	if err != nil {
		t.Fatal(err)
	}
	ts.ok(`import "example.com/rfbin"`)
	for _, tc := range []struct{ code, stdout, result, err string }{
		{"for v := range rfbin.Count(3) { fmt.Println(v) }", "0\n1\n2\n", "", ""},
		{"for k, v := range rfbin.Pairs { fmt.Println(k, v) }", "a 1.5\nb 2.5\n", "", ""},
		{"func first() (string, float64) { for k, v := range rfbin.Pairs { return k, v }; return \"\", 0 }\nfirst()", "", `("a", 1.5)`, ""},
		{"func find(n int) int {\n\tfor v := range rfbin.Count(10) {\n\t\tif v == n {\n\t\t\treturn v * 10\n\t\t}\n\t}\n\treturn -1\n}\nfind(4)", "", "40", ""},
		{"for v := range rfbin.Bad { fmt.Println(v); break }", "1\n", "",
			"panic: runtime error: range function continued iteration after function for loop body returned false"},
	} {
		c := ts.run(tc.code)
		if tc.err == "" && c.err != nil || tc.err != "" && (c.err == nil || !strings.Contains(c.err.Error(), tc.err)) {
			t.Errorf("%q: error %v, want %q", tc.code, c.err, tc.err)
		}
		if got := c.stdout.String(); got != tc.stdout || c.text() != tc.result {
			t.Errorf("%q: stdout %q, result %q; want %q, %q", tc.code, got, c.text(), tc.stdout, tc.result)
		}
	}
}

// TestRangeFuncInterrupt interrupts an endless range over func loop, at
// the top level and in a func; the session goes on working.
func TestRangeFuncInterrupt(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func forever(yield func(int) bool) {
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}
func spin() int {
	n := 0
	for v := range forever {
		n += v
	}
	return n
}`)
	ts.interrupt("fmt.Println(\"started\")\nx := 0\nfor v := range forever { x += v }")
	ts.interrupt("fmt.Println(\"started\")\nspin()")
	// A body blocked in a channel operation: the hard stop.
	ts.interrupt("ch := make(chan int)\nfor range forever {\n\tfmt.Println(\"started\")\n\t<-ch\n}")
	ts.interrupt("func block() {\n\tch := make(chan int)\n\tfor v := range forever {\n\t\tfor w := range forever {\n\t\t\tfmt.Println(\"started\", v, w)\n\t\t\t<-ch\n\t\t}\n\t}\n}\nblock()")
	if c := ts.ok("s := 0\nfor v := range forever { if v == 4 { break }; s += v }\ns"); c.text() != "6" {
		t.Errorf("after interrupts: %q", c.text())
	}
}

// benchRangeFunc measures a loop of 100,000 iterations over an
// interpreted iterator (ns/op is per loop), to compare with
// BenchmarkLoopWithCheck (the same sum with a plain for loop).
func benchRangeFunc(b *testing.B, src string) { benchSum(b, src, true) }

func BenchmarkRangeFunc(b *testing.B) {
	benchRangeFunc(b, `func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}
func sum(n int) int { t := 0; for v := range upto(n) { t += v }; return t }`)
}

func BenchmarkRangeFunc2(b *testing.B) {
	benchRangeFunc(b, `func upto(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, i) {
				return
			}
		}
	}
}
func sum(n int) int { t := 0; for _, v := range upto(n) { t += v }; return t }`)
}
