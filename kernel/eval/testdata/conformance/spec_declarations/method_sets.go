package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

type Incer interface{ Inc() }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	var i Incer = &c
	i.Inc()
	fmt.Println(c.Value(), (&c).Value())
	cs := []Counter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Value())
}
