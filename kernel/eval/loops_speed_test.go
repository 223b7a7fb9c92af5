package eval

import (
	"strings"
	"testing"
)

// The forms that the fused fast programs of interpreted loops
// (third_party/yaegi/interp/fastops.go) gained: variables defined in a
// loop body, numeric conversions, len, map index and assignment, bodies of
// range-over-func loops. The results are those of `go run` of the same
// program (wraparound, float semantics, run-time error texts, per-iteration
// variables that a closure or a pointer keeps).

const loopsSpeedProg = `import (
	"fmt"
	"iter"
	"math"
)

func defines() {
	t := 0
	for i := 0; i < 10; i++ {
		j := i * 2
		k := j + 1
		t += k
	}
	fmt.Println("define", t)
	var fs []func() int
	var ps []*int
	for i := 0; i < 3; i++ {
		j := i * 10
		fs = append(fs, func() int { return j })
		k := i + 100
		ps = append(ps, &k)
	}
	fmt.Println("captured", fs[0](), fs[1](), fs[2](), *ps[0], *ps[1], *ps[2])
	var b int8 = 0
	for i := 0; i < 200; i++ {
		c := b + 1
		b = c
	}
	fmt.Println("int8 define", b)
}

func convs() {
	x := 0.0
	for i := 0; i < 10; i++ {
		x += float64(i) * 0.5
	}
	fmt.Println("float", x)
	var u8 uint8
	var i8 int8
	s := 0
	for i := 250; i < 260; i++ {
		u8 = uint8(i)
		i8 = int8(i - 130)
		s += int(u8) + int(i8)
	}
	fmt.Println("int conv", u8, i8, s)
	f := -2.7
	g := 3.99
	fmt.Println("trunc", int(f), int(g), int64(f*10), uint8(g))
	var u uint32 = 4000000000
	fmt.Println("uint32", int32(u), int64(u), float64(u))
	z := 0.0
	inf := 1 / z
	nan := z / z
	fmt.Println("inf nan", inf, -inf, nan, nan == nan, nan < 1, inf > math.MaxFloat64)
	m := math.MaxInt64
	m++
	fmt.Println("wrap", m, float64(m))
}

func lens() {
	a := make([]int, 7)
	s := "héllo"
	n := 0
	for i := 0; i < len(a); i++ {
		a[i] = i * i
		n += a[i] + len(s)
	}
	fmt.Println("len", n, len(a), len(s), a)
	var nilS []int
	fmt.Println("nil len", len(nilS))
}

func maps() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i%10] = i
	}
	t := 0
	for i := 0; i < 12; i++ {
		t += m[i]
	}
	fmt.Println("map int", t, len(m))
	w := map[string]int{}
	words := []string{"a", "b", "a", "c", "a"}
	for _, k := range words {
		w[k] = w[k] + 1
	}
	w["b"]++
	w["c"] += 5
	v, ok := w["zz"]
	fmt.Println("map string", w["a"], w["b"], w["c"], w["zz"], v, ok, len(w))
	fs := map[string]float64{"pi": 3.14}
	bs := map[int]bool{}
	ss := map[int]string{}
	for i := 0; i < 3; i++ {
		fs["x"] = fs["pi"] * float64(i)
		bs[i] = i%2 == 0
		ss[i] = ss[i-1] + "s"
	}
	fmt.Println("map kinds", fs["x"], bs[0], bs[1], bs[7], ss[2], len(ss[9]))
	cnt := map[string]int{}
	dec := map[int]int{}
	for i := 0; i < 3; i++ {
		for _, k := range words {
			cnt[k]++
		}
		dec[i%2]--
		dec[5]++
	}
	fmt.Println("map ++", cnt, dec)
}

func nilMapInc() (err any) {
	defer func() { err = recover() }()
	var m map[int]int
	for i := 0; i < 3; i++ {
		m[i]++
	}
	return nil
}

func upto(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func rangeFuncs() int {
	s := 0
	for v := range upto(10) {
		if v == 2 {
			continue
		}
		t := 0
		for j := 0; j < v; j++ {
			t += j
		}
		s += t
		if v == 7 {
			break
		}
	}
	fmt.Println("rangefunc", s)
	for v := range upto(100) {
		x := v * 3
		if x > 20 {
			return x
		}
	}
	return -1
}

func divZero(a, b int) (r int, err any) {
	defer func() { err = recover() }()
	for i := 0; i < 3; i++ {
		r += a / (b - i)
	}
	return r, nil
}

func indexOut(a []int) (r int, err any) {
	defer func() { err = recover() }()
	for i := 0; i <= len(a); i++ {
		r += a[i]
	}
	return r, nil
}

func nilMap() (err any) {
	defer func() { err = recover() }()
	var m map[string]int
	for i := 0; i < 3; i++ {
		m["k"] = i
	}
	return nil
}

func runAll() {
	defines()
	convs()
	lens()
	maps()
	fmt.Println("rangefunc return", rangeFuncs())
	fmt.Println(divZero(10, 2))
	fmt.Println(indexOut([]int{1, 2, 3}))
	fmt.Println("nil map", nilMap())
	fmt.Println("nil map ++", nilMapInc())
}
`

// loopsSpeedWant is what `go run` prints for loopsSpeedProg with
// func main() { runAll() }.
const loopsSpeedWant = `define 100
captured 0 10 20 100 101 102
int8 define -56
float 22.5
int conv 3 -127 2254
trunc -2 3 -27 3
uint32 -294967296 4000000000 4e+09
inf nan +Inf -Inf NaN false false true
wrap -9223372036854775808 -9.223372036854776e+18
len 133 7 6 [0 1 4 9 16 25 36]
nil len 0
map int 945 10
map string 3 2 6 0 0 false 3
map kinds 6.28 true false false sss 0
map ++ map[a:9 b:3 c:3] map[0:-2 1:-1 5:3]
rangefunc 55
rangefunc return 21
15 runtime error: integer divide by zero
6 runtime error: index out of range [3] with length 3
nil map assignment to entry in nil map
nil map ++ assignment to entry in nil map
`

func TestLoopsSpeedForms(t *testing.T) {
	ts := newSession(t)
	ts.ok(loopsSpeedProg)
	c := ts.ok(`runAll()`)
	if got := c.stdout.String(); got != loopsSpeedWant {
		t.Errorf("got:\n%s\nwant:\n%s", got, loopsSpeedWant)
	}
}

// The same forms at a cell's top level.
func TestLoopsSpeedTopLevel(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`t := 0
m := map[string]int{}
x := 0.0
for i := 0; i < 10; i++ {
	j := i * 2
	t += j
	m["k"] = m["k"] + j
	x += float64(j) / 4
}
var fs []func() int
for i := 0; i < 3; i++ {
	k := i * 10
	fs = append(fs, func() int { return k })
}
fmt.Println(t, m["k"], x, len(m), fs[0](), fs[1](), fs[2]())`)
	// go run of the same statements in main prints:
	if got, want := c.stdout.String(), "90 90 22.5 1 0 10 20\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if c := ts.run("var nm map[int]int\nfor i := 0; i < 3; i++ {\n\tnm[i] = i\n}"); c.err == nil || !strings.Contains(c.err.Error(), "assignment to entry in nil map") {
		t.Errorf("nil map: %v", c.err)
	}
}

// Fused loops with the new forms, and one in a range-over-func body, still
// stop at an interrupt.
func TestLoopsSpeedInterrupt(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "iter"
func forever() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}
func spinDefine() int {
	x := 0
	m := map[int]int{}
	for i := 0; ; i++ {
		j := i % 7
		m[j] = m[j] + int(float64(j)*0.5)
		x += j
	}
	return x
}`)
	for _, code := range []string{
		"fmt.Println(\"started\")\nspinDefine()",
		"fmt.Println(\"started\")\nfor v := range forever() {\n\tif v > 0 {\n\t\ts := 0\n\t\tfor j := 0; j >= 0; j++ {\n\t\t\ts += j\n\t\t}\n\t}\n}",
	} {
		_, e := ts.interrupt(code)
		if strings.Contains(strings.Join(e.Trace, "\n"), "interpreter was stopped") {
			t.Errorf("%q needed the hard stop: %v", code, e.Trace)
		}
	}
}
