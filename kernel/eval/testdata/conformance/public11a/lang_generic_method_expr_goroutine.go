package main

import (
	"fmt"
	"sort"
	"sync"
)

type Number interface{ ~int | ~int64 | ~float64 }

type Stats[T Number] struct {
	mu   sync.Mutex
	vals []T
}

func (s *Stats[T]) Add(v T) {
	s.mu.Lock()
	s.vals = append(s.vals, v)
	s.mu.Unlock()
}

func (s *Stats[T]) Sum() (t T) {
	for _, v := range s.vals {
		t += v
	}
	return
}

type Named[T Number] struct {
	Stats[T]
	Name string
}

type Celsius float64

func main() {
	add := (*Stats[int]).Add
	var s Stats[int]
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			add(&s, i)
		}()
	}
	wg.Wait()
	sort.Ints(s.vals)
	fmt.Println(s.vals, s.Sum())
	n := &Named[Celsius]{Name: "temps"}
	adder := n.Add
	for _, v := range []Celsius{20.5, 21, -3.25} {
		wg.Add(1)
		go func() { defer wg.Done(); adder(v) }()
	}
	wg.Wait()
	fmt.Printf("%s %.2f %T\n", n.Name, n.Sum(), n.Sum())
	sumf := (*Named[Celsius]).Sum
	fmt.Println(sumf(n) == n.Stats.Sum())
}
