package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Op func() int

func run(ops ...Op) []int {
	r := make([]int, len(ops))
	for i, op := range ops {
		r[i] = op()
	}
	return r
}

func main() {
	var c Counter
	inc := c.Inc
	get := c.Get
	fmt.Println(run(inc, inc, get, c.Get))
	cs := []Counter{{10}, {20}}
	var fs []func() int
	for i := range cs {
		fs = append(fs, cs[i].Inc)
	}
	for _, c := range cs {
		fs = append(fs, c.Inc)
	}
	fmt.Println(run(func() int { return fs[0]() }, func() int { return fs[1]() }, func() int { return fs[2]() }, func() int { return fs[3]() }))
	fmt.Println(cs)
	m := map[string]func() int{"inc": c.Inc, "get": c.Get}
	fmt.Println(m["inc"](), m["get"](), c.n)
	p := &c
	pg := p.Get
	p.n = 100
	fmt.Println(pg(), p.Get())
	var iface interface{ Get() int } = c
	ig := iface.Get
	c.n = 5
	fmt.Println(ig())
}
