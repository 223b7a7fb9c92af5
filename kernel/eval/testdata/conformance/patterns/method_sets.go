package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Getter interface{ Get() int }
type Incer interface {
	Inc()
	Get() int
}

type Wrapper struct {
	Counter
}

type PWrapper struct {
	*Counter
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
	var g Getter = c
	c.Inc()
	fmt.Println(g.Get(), c.Get())
	var i Incer = &c
	i.Inc()
	fmt.Println(i.Get(), c.n)
	_, ok := g.(Incer)
	fmt.Println(ok)
	var g2 Getter = &c
	_, ok = g2.(Incer)
	fmt.Println(ok)
	w := Wrapper{}
	w.Inc()
	fmt.Println(w.Get(), w.n)
	var iw Incer = &w
	iw.Inc()
	fmt.Println(w.n)
	pw := PWrapper{&Counter{10}}
	var ip Incer = pw
	ip.Inc()
	fmt.Println(pw.Get(), pw.n)
	cs := []Counter{{1}, {2}}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].n)
	f := c.Inc
	f()
	f()
	fmt.Println(c.n)
	h := (*Counter).Inc
	h(&c)
	get := Counter.Get
	fmt.Println(get(c))
}
