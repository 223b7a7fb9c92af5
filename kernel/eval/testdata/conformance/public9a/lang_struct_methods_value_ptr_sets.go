package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name  string
	count int
}

func (c Counter) Value() int { return c.count }
func (c *Counter) Incr() int { c.count++; return c.count }
func (c Counter) WithName(n string) Counter {
	c.name = n
	return c
}

type Valuer interface{ Value() int }
type Incrementer interface {
	Valuer
	Incr() int
}

type Registry struct {
	byName map[string]*Counter
	vals   map[string]Counter
}

func main() {
	c := Counter{name: "a"}
	c.Incr()
	(&c).Incr()
	fmt.Println(c.Value(), (&c).Value())
	d := c.WithName("d")
	d.Incr()
	fmt.Println(c, d)
	var v Valuer = c
	var vp Valuer = &c
	var inc Incrementer = &c
	inc.Incr()
	fmt.Println(v.Value(), vp.Value(), inc.Value())
	_, isInc := v.(Incrementer)
	_, isIncP := vp.(Incrementer)
	fmt.Println(isInc, isIncP)
	r := Registry{byName: map[string]*Counter{}, vals: map[string]Counter{}}
	for _, n := range strings.Fields("x y x z x y") {
		if r.byName[n] == nil {
			r.byName[n] = &Counter{name: n}
		}
		r.byName[n].Incr()
		cv := r.vals[n]
		cv.Incr()
		r.vals[n] = cv
	}
	names := make([]string, 0)
	for n := range r.byName {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Print(n, "=", r.byName[n].Value(), "/", r.vals[n].Value(), " ")
	}
	fmt.Println()
	cs := []Counter{{"p", 1}, {"q", 2}}
	for _, x := range cs {
		x.Incr()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Incr()
	}
	fmt.Println(cs)
	ps := []*Counter{{"p", 1}, {"q", 2}}
	for _, x := range ps {
		x.Incr()
	}
	fmt.Println(*ps[0], *ps[1])
	arr := [2]Counter{{"r", 0}, {"s", 0}}
	brr := arr
	arr[0].Incr()
	fmt.Println(arr, brr)
	type wrapper struct{ *Counter }
	w := wrapper{&Counter{"w", 10}}
	var iw Incrementer = w
	iw.Incr()
	fmt.Println(w.Value(), iw.Value())
}
