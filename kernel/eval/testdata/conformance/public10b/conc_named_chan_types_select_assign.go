package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Pipe chan int

func (p Pipe) Send(v int) { p <- v }
func (p Pipe) Drain() (s int) {
	for v := range p {
		s += v
	}
	return
}

type Stats struct {
	sync.WaitGroup
	sync.RWMutex
	hits [4]atomic.Int64
	m    map[string]int
}

type Counter struct{ atomic.Int64 }

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(s string) string { return "[" + f(s) + "]" }

type Msg struct {
	Arr [3]int
	Tag string
}

var order []string

func ch(name string, c chan int) chan int { order = append(order, "ch "+name); return c }
func val(name string, v int) int          { order = append(order, "val "+name); return v }

func main() {
	p := make(Pipe, 10)
	for i := 1; i <= 4; i++ {
		p.Send(i)
	}
	go close(p)
	fmt.Println(p.Drain(), len(p), cap(p))
	var ro <-chan int = p
	_, ok := <-ro
	fmt.Println(ok)

	s := &Stats{m: map[string]int{}}
	for i := 0; i < 40; i++ {
		s.Add(1)
		go func() {
			defer s.Done()
			s.hits[i%4].Add(int64(i))
			s.Lock()
			s.m[fmt.Sprint(i%3)]++
			s.Unlock()
		}()
	}
	s.Wait()
	s.RLock()
	fmt.Println(s.hits[0].Load(), s.hits[1].Load(), s.hits[2].Load(), s.hits[3].Load(), s.m)
	s.RUnlock()

	var c Counter
	c.Add(5)
	c.Store(c.Load() * 2)
	fmt.Println(c.Load())

	h := HandlerFunc(func(s string) string { return s + "!" })
	res := make(chan string)
	go func() { res <- h.Serve("hi") }()
	fmt.Println(<-res)

	mc := make(chan Msg, 1)
	m := Msg{[3]int{1, 2, 3}, "a"}
	mc <- m
	m.Arr[0] = 99
	got := <-mc
	fmt.Println(got, m)

	a := make(chan int)
	b := make(chan int, 1)
	b <- 7
	var arr [2]int
	mp := map[string]int{}
	var ptr = new(int)
	select {
	case ch("a", a) <- val("a", 1):
		fmt.Println("sent a")
	case arr[1] = <-ch("b", b):
		fmt.Println("recv b")
	}
	fmt.Println(order, arr, len(a))
	b <- 8
	select {
	case mp["k"] = <-b:
	}
	b <- 9
	var ok2 bool
	select {
	case *ptr, ok2 = <-b:
	}
	fmt.Println(mp, *ptr, ok2)
	m2 := map[int]int{1: 1, 2: 2}
	func() {
		defer delete(m2, 1)
		defer copy(arr[:], []int{5})
	}()
	fmt.Println(m2, arr)
outer:
	for i := 0; ; i++ {
		cc := make(chan int, 1)
		cc <- i
		select {
		case v := <-cc:
			if v < 3 {
				continue outer
			}
			fmt.Println("break at", v)
			break outer
		}
	}
	type pair struct {
		k [2]string
		v int
	}
	keyed := map[[2]string]int{}
	keyed[[2]string{"a", "b"}]++
	keyed[[2]string{"a", "b"}]++
	fmt.Println(keyed)
}
