package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() int     { c.n++; return c.n }
func (c Counter) Get() int      { return c.n }
func (c Counter) Label() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Calc struct{}

func (Calc) Add(a, b int) int { return a + b }
func (Calc) Mul(a, b int) int { return a * b }

func apply(fs []func() int) []int {
	var out []int
	for _, f := range fs {
		out = append(out, f())
	}
	return out
}

func main() {
	c := Counter{name: "c"}
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	getExpr := Counter.Get
	incExpr := (*Counter).Inc
	fmt.Println(getExpr(c), incExpr(&c), c.n)
	labels := []func() string{c.Label, (&c).Label}
	c.n = 100
	for _, l := range labels {
		fmt.Print(l(), " ")
	}
	fmt.Println()
	counters := []*Counter{{name: "a"}, {name: "b"}, {name: "c"}}
	var fs []func() int
	for _, k := range counters {
		fs = append(fs, k.Inc)
	}
	fmt.Println(apply(fs), apply(fs))
	var calc Calc
	mulExpr := Calc.Mul
	fmt.Println(mulExpr(calc, 6, 7))
	ops := map[string]func(int, int) int{"add": calc.Add, "mul": calc.Mul, "sub": Op(func(a, b int) int { return a - b }).Apply}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s(7,3)=%d ", k, ops[k](7, 3))
	}
	fmt.Println()
	up := strings.ToUpper
	trans := []func(string) string{up, strings.TrimSpace, strings.NewReplacer("a", "4").Replace}
	s := "  banana  "
	for _, t := range trans {
		s = t(s)
	}
	fmt.Printf("%q\n", s)
	var sb strings.Builder
	write := sb.WriteString
	write("x")
	write("y")
	fmt.Println(sb.String(), sb.Len())
	m := map[bool]func(...any) string{true: fmt.Sprint, false: fmt.Sprintln}
	fmt.Printf("%q %q\n", m[true](1, 2), m[false](1, 2))
	var iface interface{ Get() int } = c
	g := iface.Get
	c.n = -1
	fmt.Println(g(), iface.Get())
}
