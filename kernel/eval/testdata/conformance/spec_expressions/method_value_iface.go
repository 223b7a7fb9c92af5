package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Getter interface{ Get() int }

func main() {
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	var g Getter = c
	get := g.Get
	fmt.Println(get(), c.Get())
	fs := []func(){c.Inc, c.Inc}
	for _, f := range fs {
		f()
	}
	fmt.Println(c.n)
	getExpr := Counter.Get
	fmt.Println(getExpr(*c))
	fmt.Printf("%T\n", getExpr)
}
