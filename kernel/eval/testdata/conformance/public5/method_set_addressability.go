package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }
func (c Counter) IncCopy() { c.n++ }

type Incer interface{ Inc() }
type Getter interface{ Get() int }

func main() {
	var c Counter
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	cs := []Counter{{}, {}}
	cs[0].Inc()
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	arr := [2]Counter{}
	arr[1].Inc()
	fmt.Println(arr)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	m["a"].Inc()
	fmt.Println(m["a"].Get())
	mv := map[string]Counter{"b": {5}}
	fmt.Println(mv["b"].Get())
	tmp := mv["b"]
	tmp.Inc()
	mv["b"] = tmp
	fmt.Println(mv["b"])
	var inc Incer = &c
	inc.Inc()
	var g Getter = c
	c.Inc()
	fmt.Println(c.Get(), g.Get())
	var g2 Getter = &c
	c.Inc()
	fmt.Println(g2.Get())
	_, isIncer := g.(Incer)
	_, isIncer2 := g2.(Incer)
	fmt.Println(isIncer, isIncer2)
	p := &cs[1]
	cs = append(cs, Counter{100})
	p.Inc()
	fmt.Println(cs[1].n, p.n)
	type Wrapper struct{ Counter }
	w := Wrapper{}
	w.Inc()
	var wi Incer = &w
	wi.Inc()
	fmt.Println(w.Get())
	f := c.Get
	c.Inc()
	fmt.Println(f(), c.Get())
	g3 := (*Counter).Inc
	g3(&c)
	fmt.Println(Counter.Get(c))
}
