package main

import "fmt"

type Counter interface {
	Inc()
	Get() int
}

type ValCounter struct{ n int }

func (c ValCounter) Inc()     { c.n++ }
func (c ValCounter) Get() int { return c.n }

type PtrCounter struct{ n int }

func (c *PtrCounter) Inc()    { c.n++ }
func (c PtrCounter) Get() int { return c.n }

type Resetter interface{ Reset() }

func (c *PtrCounter) Reset() { c.n = 0 }

func bump(c Counter, times int) int {
	for range times {
		c.Inc()
	}
	return c.Get()
}

type Wrapper struct{ Counter }

func main() {
	v := ValCounter{}
	p := &PtrCounter{}
	fmt.Println(bump(v, 3), v.Get())
	fmt.Println(bump(&v, 3), v.Get())
	fmt.Println(bump(p, 3), p.Get())

	var cs []Counter = []Counter{v, &v, p, Wrapper{p}}
	for _, c := range cs {
		c.Inc()
	}
	for i, c := range cs {
		_, isR := c.(Resetter)
		fmt.Printf("%d %T %d resetter=%t\n", i, c, c.Get(), isR)
	}
	if r, ok := cs[2].(Resetter); ok {
		r.Reset()
	}
	fmt.Println(p.Get(), cs[3].Get())

	// value copy inside the interface
	pc := PtrCounter{n: 10}
	var getter interface{ Get() int } = pc
	pc.Inc()
	fmt.Println(getter.Get(), pc.Get())

	// map of structs: must replace, pointer map mutates
	vals := map[string]PtrCounter{"a": {1}}
	ptrs := map[string]*PtrCounter{"a": {1}}
	tmp := vals["a"]
	tmp.Inc()
	vals["a"] = tmp
	ptrs["a"].Inc()
	fmt.Println(vals["a"].Get(), ptrs["a"].Get())

	// slice elements are addressable
	arr := []PtrCounter{{}, {}}
	arr[1].Inc()
	for i := range arr {
		arr[i].Inc()
	}
	for _, c := range arr {
		c.Inc() // copy
	}
	fmt.Println(arr)

	var nilp *PtrCounter
	var c Counter = nilp
	fmt.Println(c != nil, nilp == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	c.Inc()
}
