package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int   { return c.n }
func (c *Counter) Inc()        { c.n++ }
func (Counter) Kind() string   { return "counter" }
func (*Counter) PKind() string { return "*counter" }

type List []int

func (l List) Sum() (t int) {
	for _, v := range l {
		t += v
	}
	return
}

func (l *List) Push(v int) { *l = append(*l, v) }

type Fn func(int) int

func (f Fn) Twice(x int) int { return f(f(x)) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Value(), c.Kind(), c.PKind())
	var l List
	l.Push(1)
	l.Push(2)
	fmt.Println(l, l.Sum())
	inc := Fn(func(x int) int { return x + 3 })
	fmt.Println(inc.Twice(1))
}
