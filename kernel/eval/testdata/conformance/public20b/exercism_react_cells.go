package main

import (
	"fmt"
	"sort"
)

type Cell interface{ Value() int }

type InputCell interface {
	Cell
	SetValue(int)
}

type Canceler interface{ Cancel() }

type ComputeCell interface {
	Cell
	AddCallback(func(int)) Canceler
}

type reactor struct {
	cells []*cell
}

type cell struct {
	r         *reactor
	val       int
	compute   func() int
	deps      []*cell
	callbacks map[int]func(int)
	nextID    int
	order     int
}

func (c *cell) Value() int { return c.val }

func (c *cell) SetValue(v int) {
	if c.val == v {
		return
	}
	c.val = v
	c.r.propagate()
}

type canceler struct {
	c  *cell
	id int
}

func (x canceler) Cancel() { delete(x.c.callbacks, x.id) }

func (c *cell) AddCallback(f func(int)) Canceler {
	id := c.nextID
	c.nextID++
	c.callbacks[id] = f
	return canceler{c, id}
}

func New() *reactor { return &reactor{} }

func (r *reactor) add(c *cell) *cell {
	c.r = r
	c.order = len(r.cells)
	c.callbacks = map[int]func(int){}
	r.cells = append(r.cells, c)
	return c
}

func (r *reactor) CreateInput(v int) InputCell { return r.add(&cell{val: v}) }

func (r *reactor) CreateCompute1(dep Cell, f func(int) int) ComputeCell {
	d := dep.(*cell)
	c := &cell{deps: []*cell{d}}
	c.compute = func() int { return f(d.Value()) }
	c.val = c.compute()
	return r.add(c)
}

func (r *reactor) CreateCompute2(a, b Cell, f func(int, int) int) ComputeCell {
	da, db := a.(*cell), b.(*cell)
	c := &cell{deps: []*cell{da, db}}
	c.compute = func() int { return f(da.Value(), db.Value()) }
	c.val = c.compute()
	return r.add(c)
}

func (r *reactor) propagate() {
	for _, c := range r.cells {
		if c.compute == nil {
			continue
		}
		nv := c.compute()
		if nv != c.val {
			c.val = nv
			ids := make([]int, 0, len(c.callbacks))
			for id := range c.callbacks {
				ids = append(ids, id)
			}
			sort.Ints(ids)
			for _, id := range ids {
				c.callbacks[id](nv)
			}
		}
	}
}

func main() {
	r := New()
	in := r.CreateInput(1)
	plus1 := r.CreateCompute1(in, func(v int) int { return v + 1 })
	times2 := r.CreateCompute1(in, func(v int) int { return v * 2 })
	sum := r.CreateCompute2(plus1, times2, func(a, b int) int { return a + b })
	var log []string
	c1 := sum.AddCallback(func(v int) { log = append(log, fmt.Sprint("sum=", v)) })
	plus1.AddCallback(func(v int) { log = append(log, fmt.Sprint("plus1=", v)) })
	fmt.Println(in.Value(), plus1.Value(), times2.Value(), sum.Value())
	in.SetValue(3)
	fmt.Println(in.Value(), plus1.Value(), times2.Value(), sum.Value())
	in.SetValue(3)
	c1.Cancel()
	in.SetValue(10)
	fmt.Println(sum.Value(), log)
	parity := r.CreateCompute1(in, func(v int) int { return v % 2 })
	changes := 0
	parity.AddCallback(func(int) { changes++ })
	for _, v := range []int{12, 14, 15, 17, 18} {
		in.SetValue(v)
	}
	fmt.Println("parity changes", changes)
	var cells []Cell = []Cell{in, plus1, times2, sum, parity}
	for _, c := range cells {
		_, isInput := c.(InputCell)
		_, isCompute := c.(ComputeCell)
		fmt.Printf("%d %v %v\n", c.Value(), isInput, isCompute)
	}
}
