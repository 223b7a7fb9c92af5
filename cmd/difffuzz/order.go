package main

import "fmt"

// genOrder: the order of evaluation of operands with side effects (calls
// that log) in op-assignments, tuple assignments, swaps through indices,
// composite literals, calls and defers; method values bound to copies.
func genOrder(g *gen) {
	g.p(`package main

import "fmt"

var trace []string

func t(s string, v int) int {
	trace = append(trace, fmt.Sprint(s, v))
	return v
}

type S struct {
	A [4]int
	M map[int]int
	P *S
	n int
}

func (s S) Val() int { return s.n }

func (s *S) Ptr() int { return s.n }

func (s *S) Bump(k int) *S {
	s.n += k
	return s
}

func idx(s string, i int) int { return (t(s, i)%%4 + 4) %% 4 }

func flush(k int) {
	fmt.Println(k, trace)
	trace = trace[:0]
}

func main() {
	a := []int{0, 1, 2, 3}
	i, j := 0, 1
	s := S{M: map[int]int{}}
	s.P = &S{M: map[int]int{}}
	ps := &s
	m := map[int][]int{0: {0, 0, 0, 0}}`)
	vals := []string{"i", "j", "a[i&3]", "a[j&3]", "s.n", "s.A[i&3]", "s.P.n", "s.M[i]"}
	lhs := []string{"i", "j", "a[%s]", "s.A[%s]", "s.M[%s]", "s.P.A[%s]", "m[0][%s]", "ps.n", "s.P.n", "(*ps).A[%s]"}
	ix := func() string { return fmt.Sprintf("idx(\"i%d\", %s)", g.n(100), g.pick("i", "j", "0", "1", "2", "3")) }
	val := func() string {
		return g.pick(fmt.Sprintf("t(\"v%d\", %s)", g.n(100), g.pick(vals...)), g.pick(vals...), fmt.Sprint(g.in(-3, 9)))
	}
	place := func() string {
		l := g.pick(lhs...)
		if l == "i" || l == "j" || l == "ps.n" || l == "s.P.n" {
			return l
		}
		return fmt.Sprintf(l, ix())
	}
	for k := range 30 {
		switch c := g.r.Float64(); {
		case c < 0.2:
			g.p("\t%s %s %s", place(), g.pick("+=", "-=", "*=", "=", "|=", "<<="), fmt.Sprintf("(%s & 7)", val()))
		case c < 0.4:
			g.p("\t%s, %s = %s, %s", place(), place(), val(), val())
		case c < 0.5:
			p := fmt.Sprintf("a[%s]", ix())
			q := fmt.Sprintf("a[%s]", ix())
			g.p("\t%s, %s = %s, %s", p, q, q, p)
		case c < 0.6:
			g.p("\ti, a[(i%%4+4)%%4] = %s, %s", val(), val())
		case c < 0.68:
			g.p("\tfmt.Println(%d, []int{%s, %s, %s}, [2]int{%s, %s}, t(\"x\", %s)+t(\"y\", %s)*t(\"z\", %s))", k, val(), val(), val(), val(), val(), val(), val(), val())
		case c < 0.76:
			g.p("\tfunc() {\n\t\tdefer fmt.Println(%d, \"deferred\", %s, %s)\n\t\t%s++\n\t}()", k, val(), val(), place())
		case c < 0.84:
			g.p("\t{\n\t\tf, h := s.Val, ps.Ptr\n\t\ts.n = %s\n\t\tr := s.Bump(%d).Bump(%d)\n\t\tfmt.Println(%d, f(), h(), r.n, S.Val(s), (*S).Ptr(ps))\n\t}", val(), g.in(-3, 3), g.in(-3, 3), k)
		case c < 0.92:
			g.p("\tfor i, v := range a {\n\t\ta[(i+1)%%4] += v\n\t}\n\tfor i := range s.A {\n\t\ts.A[i] = %s\n\t}", val())
		default:
			g.p("\tif x, y := %s, %s; x < y || t(\"or\", y) > 3 && t(\"and\", x) < 5 {\n\t\tfmt.Println(%d, x, y)\n\t}", val(), val(), k)
		}
		g.p("\tflush(%d)", k)
	}
	g.p("\tfmt.Println(a, i, j, s.n, s.A, s.M, s.P.n, s.P.A, m, ps.n)\n}")
}
