package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Shape interface {
	Area() float64
	Scale(k float64) Shape
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Scale(k float64) Shape { return Rect{r.W * k, r.H * k} }

type Circle struct{ R float64 }

func (c *Circle) Area() float64         { return 3 * c.R * c.R }
func (c *Circle) Scale(k float64) Shape { return &Circle{c.R * k} }

type Counter struct{ n int }

func (c *Counter) Inc(d int) { c.n += d }

func fib(f func(int) int, n int) int {
	if n < 2 {
		return n
	}
	return f(n-1) + f(n-2)
}

func work(id int) string {
	var sb strings.Builder
	shapes := []Shape{Rect{1, 2}, &Circle{float64(id)}, Rect{float64(id), 3}}
	total := 0.0
	for i := 0; i < 2000; i++ {
		for _, s := range shapes {
			total += s.Scale(2).Area()
		}
	}
	add := func(a, b int) int { return a + b + id }
	acc := 0
	for i := 0; i < 5000; i++ {
		acc = add(acc, i) % 1000003
	}
	var rec func(int) int
	rec = func(n int) int { return fib(rec, n) }
	c := &Counter{}
	for i := 0; i < 1000; i++ {
		c.Inc(id)
	}
	fs := []func(int) int{func(x int) int { return x + id }, func(x int) int { return x * id }}
	s := 0
	for i := 0; i < 1000; i++ {
		s += fs[i%2](i)
	}
	var xs []int
	for i := 0; i < 100; i++ {
		xs = append(xs, i*id)
	}
	fmt.Fprintf(&sb, "%d %.0f %d %d %d %d %d", id, total, acc, rec(15), c.n, s, len(xs))
	return sb.String()
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var out []string
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			r := work(g)
			mu.Lock()
			out = append(out, r)
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	sort.Strings(out)
	for _, l := range out {
		fmt.Println(l)
	}
}
