package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	s := &Stack{}
	push := func(v int) { s.Push(v) }
	for i := range 3 {
		push(i)
	}
	fmt.Println(s.items)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []string
	for _, n := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer s.Touch()
			mu.Lock()
			seen = append(seen, Upper(n))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(seen)
	fmt.Println(seen, s.touched)
	func() {
		defer s.Report("deferred in literal")
		defer fmt.Println("plain defer")
	}()
	h := s.Report
	apply(h, "method value passed")
	fns := []func(string){s.Report, Shout}
	for _, f := range fns {
		f("via slice")
	}
	var r Reporter = s
	go func() { defer wg.Done(); r.Report("goroutine iface") }()
	wg.Add(1)
	wg.Wait()
	fmt.Println(Twice(3), compose(Twice, Twice)(1))
}

type Reporter interface{ Report(string) }

type Stack struct {
	items   []int
	touched int
	mu      sync.Mutex
}

func (s *Stack) Push(v int) { s.items = append(s.items, v*10) }
func (s *Stack) Touch()     { s.mu.Lock(); s.touched++; s.mu.Unlock() }
func (s *Stack) Report(msg string) {
	fmt.Printf("report(%s): %d items\n", msg, len(s.items))
}

func Upper(s string) string          { return strings.ToUpper(s) }
func Shout(s string)                 { fmt.Println(strings.ToUpper(s) + "!") }
func apply(f func(string), s string) { f(s) }
func Twice(n int) int                { return n * 2 }
func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}
