package main

import (
	"fmt"
	"sort"
)

type Cell interface{ Value() int }

type Canceler interface{ Cancel() }

type Reactor struct {
	computes []*ComputeCell
}

type InputCell struct {
	r *Reactor
	v int
}

func (c *InputCell) Value() int { return c.v }
func (c *InputCell) SetValue(v int) {
	if v == c.v {
		return
	}
	c.v = v
	c.r.propagate()
}

type ComputeCell struct {
	compute   func() int
	v         int
	callbacks map[int]func(int)
	nextID    int
}

func (c *ComputeCell) Value() int { return c.v }

type canceler struct {
	c  *ComputeCell
	id int
}

func (x canceler) Cancel() { delete(x.c.callbacks, x.id) }

func (c *ComputeCell) AddCallback(f func(int)) Canceler {
	c.nextID++
	c.callbacks[c.nextID] = f
	return canceler{c, c.nextID}
}

func (r *Reactor) CreateInput(v int) *InputCell { return &InputCell{r, v} }

func (r *Reactor) CreateCompute1(a Cell, f func(int) int) *ComputeCell {
	return r.add(func() int { return f(a.Value()) })
}

func (r *Reactor) CreateCompute2(a, b Cell, f func(int, int) int) *ComputeCell {
	return r.add(func() int { return f(a.Value(), b.Value()) })
}

func (r *Reactor) add(f func() int) *ComputeCell {
	c := &ComputeCell{compute: f, v: f(), callbacks: map[int]func(int){}}
	r.computes = append(r.computes, c)
	return c
}

func (r *Reactor) propagate() {
	changed := map[*ComputeCell]bool{}
	for _, c := range r.computes { // creation order is a topological order
		if nv := c.compute(); nv != c.v {
			c.v = nv
			changed[c] = true
		}
	}
	for _, c := range r.computes {
		if !changed[c] {
			continue
		}
		ids := make([]int, 0, len(c.callbacks))
		for id := range c.callbacks {
			ids = append(ids, id)
		}
		sort.Ints(ids)
		for _, id := range ids {
			c.callbacks[id](c.v)
		}
	}
}

func main() {
	r := &Reactor{}
	in := r.CreateInput(1)
	plus1 := r.CreateCompute1(in, func(v int) int { return v + 1 })
	times2 := r.CreateCompute1(in, func(v int) int { return v * 2 })
	sum := r.CreateCompute2(plus1, times2, func(a, b int) int { return a + b })
	mod := r.CreateCompute1(in, func(v int) int { return v % 2 })
	var log []string
	c1 := sum.AddCallback(func(v int) { log = append(log, fmt.Sprint("sum=", v)) })
	mod.AddCallback(func(v int) { log = append(log, fmt.Sprint("parity=", v)) })
	sum.AddCallback(func(v int) { log = append(log, fmt.Sprint("sum2=", v)) })
	fmt.Println(plus1.Value(), times2.Value(), sum.Value())
	in.SetValue(3)
	in.SetValue(3)
	c1.Cancel()
	c1.Cancel()
	in.SetValue(5)
	fmt.Println(log)
	fmt.Println(sum.Value(), mod.Value())
	var cells []Cell = []Cell{in, plus1, times2, sum}
	for _, c := range cells {
		fmt.Printf("%T=%d ", c, c.Value())
	}
	fmt.Println()
}
