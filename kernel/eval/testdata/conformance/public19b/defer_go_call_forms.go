package main

import (
	"fmt"
	"strings"
	"sync"
)

type T struct{ n int }

func (t T) Show(prefix string, xs ...int) { fmt.Println(prefix, t.n, xs) }
func (t *T) Inc(by ...int) {
	for _, b := range by {
		t.n += b
	}
	fmt.Println("inc to", t.n)
}

type Shower interface{ Show(string, ...int) }

func two() (int, string) { return 2, "two" }

func Print[V any](vs ...V) { fmt.Println("generic", vs) }

func maker(name string) func() {
	fmt.Println("make", name)
	return func() { fmt.Println("run", name) }
}

func sum3(a, b, c int) int   { return a + b + c }
func three() (int, int, int) { return 1, 2, 3 }

func main() {
	t := T{1}
	defer T.Show(t, "mexpr", 1, 2)
	defer (*T).Inc(&t, []int{10, 20}...)
	var s Shower = t
	defer s.Show("iface", []int{7}...)
	defer s.Show("iface2")
	defer fmt.Println(two())
	defer Print[int](1, 2)
	defer Print([]string{"a", "b"}...)
	defer maker("x")()
	m := map[string]T{"k": {5}}
	defer m["k"].Show("mapelem")
	defer strings.NewReplacer("a", "b").Replace("aaa")
	defer fmt.Println(sum3(three()))
	var wg sync.WaitGroup
	wg.Add(3)
	var mu sync.Mutex
	out := []string{}
	rec := func(s string, xs ...any) {
		mu.Lock()
		out = append(out, s+fmt.Sprint(xs...))
		mu.Unlock()
		wg.Done()
	}
	go rec("a", []any{1, 2}...)
	go rec("b", 2, "two")
	go rec("c")
	wg.Wait()
	fmt.Println(len(out))
	t.n = 100
	fmt.Println("end of main")
}
