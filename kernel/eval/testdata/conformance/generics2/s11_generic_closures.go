// Closures that capture type parameters and generic values: a generic
// accumulator factory, goroutines in a generic function, a generic
// once-only function wrapper and deferred calls in generic methods.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func Accumulator[T int | float64 | string]() (add func(T), total func() T) {
	var sum T
	var mu sync.Mutex
	add = func(v T) {
		mu.Lock()
		defer mu.Unlock()
		sum += v
	}
	total = func() T { return sum }
	return
}

func Concurrently[T any, R any](inputs []T, f func(T) R) []R {
	var mu sync.Mutex
	var wg sync.WaitGroup
	out := make([]R, 0, len(inputs))
	for _, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := f(in)
			mu.Lock()
			out = append(out, r)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return out
}

func Once[T any](f func() T) func() T {
	var (
		once sync.Once
		v    T
	)
	return func() T {
		once.Do(func() { v = f() })
		return v
	}
}

type Tx[T any] struct {
	log   []string
	state T
}

func (tx *Tx[T]) Apply(f func(*T) error) (err error) {
	backup := tx.state
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
		if err != nil {
			tx.state = backup
			tx.log = append(tx.log, "rollback")
			return
		}
		tx.log = append(tx.log, "commit")
	}()
	return f(&tx.state)
}

func main() {
	add, total := Accumulator[string]()
	add("a")
	add("b")
	fmt.Println(total())
	addf, totalf := Accumulator[float64]()
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() { defer wg.Done(); addf(float64(i)) }()
	}
	wg.Wait()
	fmt.Println(totalf())
	lens := Concurrently([]string{"a", "bbb", "cc"}, func(s string) int { return len(s) })
	sort.Ints(lens)
	fmt.Println(lens)
	calls := 0
	get := Once(func() []string { calls++; return []string{"cfg"} })
	fmt.Println(get(), get(), calls)
	tx := &Tx[map[string]int]{state: map[string]int{"x": 1}}
	fmt.Println(tx.Apply(func(m *map[string]int) error { (*m)["y"] = 2; return nil }), len(tx.state))
	txi := &Tx[int]{state: 5}
	fmt.Println(txi.Apply(func(p *int) error { *p = 100; return fmt.Errorf("invalid") }), txi.state)
	fmt.Println(txi.Apply(func(p *int) error { *p = 7; var m map[int]int; m[0] = 1; return nil }), txi.state)
	fmt.Println(txi.log, tx.log)
}
