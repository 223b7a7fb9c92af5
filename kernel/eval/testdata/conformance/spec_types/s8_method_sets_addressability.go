package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Getter interface{ Get() int }
type Incer interface{ Inc() }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
	cs := []Counter{{}, {}}
	cs[1].Inc()
	fmt.Println(cs[1].Get())
	arr := [2]Counter{}
	arr[0].Inc()
	fmt.Println(arr[0].n)
	p := &c
	fmt.Println(p.Get())
	var g Getter = c
	var g2 Getter = p
	var in Incer = p
	in.Inc()
	fmt.Println(g.Get(), g2.Get(), c.n)
	_, ok := g.(Incer)
	_, ok2 := g2.(Incer)
	fmt.Println(ok, ok2)
	f := (*Counter).Inc
	f(&c)
	h := Counter.Get
	fmt.Println(h(c))
}
