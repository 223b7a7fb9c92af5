package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

func main() {
	c := Counter{1}
	get := c.Get // the receiver is copied now
	inc := c.Inc // &c is taken now
	c.n = 10
	inc()
	fmt.Println(get(), c.Get(), c.n)

	p := &Counter{5}
	pget := p.Get // *p copied now
	p.n = 6
	fmt.Println(pget(), p.Get())

	// Method expressions.
	f := Counter.Get
	g := (*Counter).Inc
	h := (*Counter).Get
	g(p)
	fmt.Println(f(*p), h(p))
	fmt.Printf("%T\n%T\n%T\n", f, g, h)
}
