package main

import (
	"fmt"
	"strings"
)

// Pointer-receiver methods called on pointer variables in loops: the
// receiver changes, is nil, is a global, is captured; the method mutates
// its receiver, returns several results, calls other methods.

type Counter struct {
	n    int
	hits []int
}

func (c *Counter) Inc(d int) int {
	c.n += d
	return c.n
}

func (c *Counter) Get() int { return c.n }

func (c *Counter) Both(x int) (int, bool) { return c.n + x, c.n%2 == 0 }

func (c *Counter) Record(x int) { c.hits = append(c.hits, x) }

func (c *Counter) Safe() string {
	if c == nil {
		return "nil counter"
	}
	return fmt.Sprint("counter ", c.n)
}

type Vec struct{ X, Y float64 }

func (v *Vec) Scale(k float64)    { v.X *= k; v.Y *= k }
func (v *Vec) Dot(w *Vec) float64 { return v.X*w.X + v.Y*w.Y }
func (v *Vec) Norm2() float64     { return v.Dot(v) }

type node struct {
	val  int
	next *node
}

func (n *node) Sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.next.Sum()
}

type Account struct {
	owner   string
	balance int
}

func (a *Account) Deposit(x int) bool {
	if x <= 0 {
		return false
	}
	a.balance += x
	return true
}

func (a *Account) String() string { return fmt.Sprintf("%s:%d", a.owner, a.balance) }

var global = &Counter{}

func useGlobal(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t = global.Inc(1)
	}
	return t
}

func main() {
	c := &Counter{}
	t := 0
	for i := 0; i < 100; i++ {
		t = c.Inc(i)
	}
	fmt.Println(t, c.Get(), c.n)

	// The receiver variable changes between calls.
	a, b := &Counter{n: 10}, &Counter{n: 20}
	p := a
	for i := 0; i < 6; i++ {
		p.Inc(1)
		if p == a {
			p = b
		} else {
			p = a
		}
	}
	fmt.Println(a.n, b.n)

	x, even := c.Both(1)
	fmt.Println(x, even)
	for i := 0; i < 3; i++ {
		c.Record(i * i)
	}
	fmt.Println(c.hits)

	var nc *Counter
	for i := 0; i < 2; i++ {
		fmt.Println(nc.Safe())
		nc = c
	}
	fmt.Println(nc.Safe())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z *Counter
		for i := 0; i < 3; i++ {
			fmt.Println("call", i)
			if i == 2 {
				z.Inc(1)
			}
		}
	}()

	v := &Vec{3, 4}
	s := 0.0
	for i := 0; i < 10; i++ {
		s += v.Norm2()
	}
	v.Scale(0.5)
	fmt.Println(s, *v, v.Norm2())

	list := &node{1, &node{2, &node{3, nil}}}
	total := 0
	for i := 0; i < 5; i++ {
		total += list.Sum()
	}
	fmt.Println("list:", total)

	acc := &Account{owner: "kim"}
	for _, d := range []int{10, -5, 0, 25} {
		ok := acc.Deposit(d)
		fmt.Println(d, ok, acc)
	}

	fmt.Println(useGlobal(50), global.Get())

	// A method called in a closure and in a goroutine-free callback.
	inc := func() int { return c.Inc(2) }
	for i := 0; i < 3; i++ {
		inc()
	}
	fmt.Println(c.Get())

	var sb strings.Builder
	w := &sb
	for i := 0; i < 3; i++ {
		w.WriteString(fmt.Sprint(i))
	}
	fmt.Println(sb.String())

	// Values of a struct type whose methods are on the pointer.
	cs := []Counter{{n: 1}, {n: 2}}
	for i := range cs {
		q := &cs[i]
		for j := 0; j < 3; j++ {
			q.Inc(j)
		}
	}
	fmt.Println(cs[0].n, cs[1].n)
}
