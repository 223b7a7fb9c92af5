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

func (c *Counter) Inc()                 { c.n++ }
func (c Counter) Get() int              { return c.n }
func (c Counter) Label(p string) string { return p + c.name }

type Op func(int, int) int

type Calc struct{ acc int }

func (c *Calc) Apply(op Op, v int) *Calc { c.acc = op(c.acc, v); return c }

func add(a, b int) int { return a + b }

func main() {
	c := Counter{name: "clicks"}
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	get := c.Get
	c.n = 100
	fmt.Println(get(), c.Get())
	label := Counter.Label
	fmt.Println(label(c, "#"))
	incExpr := (*Counter).Inc
	incExpr(&c)
	fmt.Println(c.n)
	getExpr := (*Counter).Get
	fmt.Println(getExpr(&c))
	fns := map[string]func(){"a": c.Inc, "b": c.Inc}
	for _, k := range []string{"a", "b"} {
		fns[k]()
	}
	fmt.Println(c.n)
	pc := &Counter{name: "p"}
	g := pc.Get
	pc.n = 9
	fmt.Println(g(), pc.Get())
	var calc Calc
	calc.Apply(add, 5).Apply(func(a, b int) int { return a * b }, 4).Apply(Op(add), -1)
	fmt.Println(calc.acc)
	upper := strings.ToUpper
	rep := strings.NewReplacer("a", "4", "e", "3").Replace
	fmt.Println(upper(rep("beat the heat")))
	var sb strings.Builder
	write := sb.WriteString
	write("x")
	write("y")
	fmt.Println(sb.String())
	people := []string{"bob", "Al", "cat"}
	less := func(i, j int) bool { return strings.ToLower(people[i]) < strings.ToLower(people[j]) }
	sort.Slice(people, less)
	fmt.Println(people)
	counters := []*Counter{{name: "x"}, {name: "y"}}
	var incs []func()
	for _, ct := range counters {
		incs = append(incs, ct.Inc)
	}
	for _, f := range incs {
		f()
		f()
	}
	fmt.Println(counters[0].n, counters[1].n)
	fmt.Printf("%T\n", (*Counter).Inc)
	fmt.Printf("%T\n", Counter.Label)
}
