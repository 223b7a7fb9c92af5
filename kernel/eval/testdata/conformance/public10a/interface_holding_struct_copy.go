package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Getter interface{ Get() int }

func main() {
	c := Counter{1}
	var g Getter = c // copies c
	c.Inc()
	fmt.Println(c.Get(), g.Get())
	var gp Getter = &c // shares c
	c.Inc()
	fmt.Println(gp.Get())
	// The value inside an interface is not addressable: g.(Counter).n = 5 does not compile.
	v := g.(Counter)
	v.n = 5
	fmt.Println(g.Get(), v.n)
	items := []interface{}{Counter{1}, &Counter{2}}
	for _, it := range items {
		switch x := it.(type) {
		case Counter:
			x.Inc()
			fmt.Println("value copy", x.n)
		case *Counter:
			x.Inc()
			fmt.Println("pointer", x.n)
		}
	}
	fmt.Println(items[0].(Counter).n, items[1].(*Counter).n)
}
