package main

import (
	"errors"
	"fmt"
	"sync"
)

type Lazy[T any] struct {
	once sync.Once
	f    func() (T, error)
	v    T
	err  error
	hits int
}

func NewLazy[T any](f func() (T, error)) *Lazy[T] { return &Lazy[T]{f: f} }

func (l *Lazy[T]) Get() (T, error) {
	l.hits++
	l.once.Do(func() { l.v, l.err = l.f() })
	return l.v, l.err
}

type Memo[K comparable, V any] struct {
	mu    sync.Mutex
	cache map[K]V
	f     func(K) V
	calls int
}

func Memoize[K comparable, V any](f func(K) V) *Memo[K, V] {
	return &Memo[K, V]{cache: map[K]V{}, f: f}
}

func (m *Memo[K, V]) Call(k K) V {
	m.mu.Lock()
	if v, ok := m.cache[k]; ok {
		m.mu.Unlock()
		return v
	}
	m.mu.Unlock()
	v := m.f(k)
	m.mu.Lock()
	m.cache[k] = v
	m.calls++
	m.mu.Unlock()
	return v
}

type coord struct{ x, y int }

func main() {
	computed := 0
	cfg := NewLazy(func() (map[string]int, error) {
		computed++
		return map[string]int{"workers": 4}, nil
	})
	for range 3 {
		v, err := cfg.Get()
		fmt.Print(v["workers"], err, " ")
	}
	fmt.Println(computed, cfg.hits)
	failing := NewLazy(func() (int, error) { return 0, errors.New("boom") })
	_, e1 := failing.Get()
	_, e2 := failing.Get()
	fmt.Println(e1, e1 == e2)
	var fib *Memo[int, uint64]
	fib = Memoize(func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		return fib.Call(n-1) + fib.Call(n-2)
	})
	fmt.Println(fib.Call(90), fib.calls)
	paths := Memoize(func(c coord) int { return c.x*100 + c.y })
	fmt.Println(paths.Call(coord{1, 2}), paths.Call(coord{1, 2}), paths.calls)
	once := sync.OnceValue(func() []string { computed++; return []string{"a"} })
	fmt.Println(once(), once(), computed)
	ov := sync.OnceValues(func() (int, error) { return 7, errors.New("x") })
	a, err := ov()
	fmt.Println(a, err)
}
