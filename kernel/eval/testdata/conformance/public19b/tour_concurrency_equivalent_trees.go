package main

import (
	"fmt"
	"sync"
)

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func New(k int, order []int) *Tree {
	var t *Tree
	for _, v := range order {
		t = insert(t, v*k)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func Walk(t *Tree, ch chan int) {
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			for range c1 {
			}
			for range c2 {
			}
			return false
		}
		if !ok1 {
			return true
		}
	}
}

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func fibonacci(c, quit chan int) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

func main() {
	a := New(1, []int{5, 3, 8, 1, 4, 7, 9, 2, 6, 10})
	b := New(1, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	c := New(2, []int{5, 3, 8, 1, 4, 7, 9, 2, 6, 10})
	fmt.Println(a)
	ch := make(chan int)
	go Walk(a, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Same(a, b), Same(a, c))
	sc := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for range 1000 {
		wg.Add(1)
		go func() { defer wg.Done(); sc.Inc("somekey") }()
	}
	wg.Wait()
	fmt.Println(sc.Value("somekey"))
	cc := make(chan int)
	quit := make(chan int)
	go func() {
		for range 10 {
			fmt.Print(<-cc, " ")
		}
		fmt.Println()
		quit <- 0
	}()
	fibonacci(cc, quit)
}
