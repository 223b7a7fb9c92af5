// Loop variables and method calls (Go 1.22: a new variable per
// iteration). A value-receiver method gets a copy, so calling it does not
// make the variable escape (s12-wrap: no new variable per iteration for
// it); a pointer-receiver method, a method value of one, a promoted
// pointer method and a compiled type's pointer method do, and each
// iteration keeps its own variable.

package main

import (
	"bytes"
	"fmt"
)

type P struct {
	name string
	age  int
}

func (p P) Adult() bool   { return p.age >= 18 }
func (p P) Label() string { return fmt.Sprintf("%s(%d)", p.name, p.age) }
func (p P) Copy() *P      { return &p }

type Counter struct{ n int }

func (c *Counter) Inc() int       { c.n++; return c.n }
func (c *Counter) Self() *Counter { return c }

type Named struct {
	Counter
	tag string
}

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	people := []P{{"ann", 31}, {"bob", 12}, {"cid", 18}}
	adults := 0
	var labels []func() string
	var copies []*P
	for _, p := range people {
		if p.Adult() {
			adults++
		}
		labels = append(labels, p.Label) // binds a copy now
		copies = append(copies, p.Copy())
		p.age = 0 // changes the loop variable only
	}
	for i := range labels {
		fmt.Print(labels[i](), " ", copies[i].age, " ")
	}
	fmt.Println(adults, people[1].age)

	cs := []Counter{{1}, {10}, {100}}
	var selves []*Counter
	var incs []func() int
	for _, c := range cs {
		c.Inc()
		selves = append(selves, c.Self())
		incs = append(incs, c.Inc)
	}
	for i := range selves {
		fmt.Print(selves[i].n, " ", incs[i](), " ", selves[i].n, "; ")
	}
	fmt.Println(cs)

	ns := []Named{{Counter{5}, "a"}, {Counter{6}, "b"}}
	var nps []*Counter
	for _, x := range ns {
		x.Inc()
		nps = append(nps, x.Self())
	}
	fmt.Println(nps[0].n, nps[1].n, ns[0].n, ns[1].n)

	shapes := []Shape{Sq{2}, Sq{3}}
	var areas []func() float64
	for _, s := range shapes {
		areas = append(areas, s.Area)
	}
	fmt.Println(areas[0](), areas[1]())

	bufs := make([]bytes.Buffer, 3)
	var strs []func() string
	for i, b := range bufs {
		b.WriteString(fmt.Sprint("buf", i))
		strs = append(strs, b.String)
	}
	for _, f := range strs {
		fmt.Print(f(), " ")
	}
	fmt.Println(bufs[0].Len())

	for i := 0; i < 3; i++ {
		q := Sq{float64(i)}
		fmt.Print(q.Area(), " ")
	}
	fmt.Println()
}
