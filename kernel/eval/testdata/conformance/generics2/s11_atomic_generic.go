// Generic types built on sync/atomic and sync: an atomic.Pointer[T]
// config holder, a lazily computed value with sync.Once, and a typed
// sync.Pool wrapper.
package main

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
)

type Holder[T any] struct{ p atomic.Pointer[T] }

func (h *Holder[T]) Store(v T) { h.p.Store(&v) }
func (h *Holder[T]) Load() (T, bool) {
	if p := h.p.Load(); p != nil {
		return *p, true
	}
	var zero T
	return zero, false
}

type Lazy[T any] struct {
	once sync.Once
	f    func() T
	v    T
}

func (l *Lazy[T]) Get() T {
	l.once.Do(func() { l.v = l.f() })
	return l.v
}

type Pool[T any] struct{ p sync.Pool }

func NewPool[T any](newFn func() T) *Pool[T] {
	return &Pool[T]{p: sync.Pool{New: func() any { return newFn() }}}
}

func (p *Pool[T]) Get() T  { return p.p.Get().(T) }
func (p *Pool[T]) Put(v T) { p.p.Put(v) }

type Config struct {
	Name    string
	Retries int
}

func main() {
	var h Holder[Config]
	_, ok := h.Load()
	fmt.Println(ok)
	h.Store(Config{"svc", 3})
	c, ok := h.Load()
	fmt.Println(c, ok)

	calls := 0
	l := &Lazy[[]int]{f: func() []int { calls++; return []int{1, 2, 3} }}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() { defer wg.Done(); _ = l.Get() }()
	}
	wg.Wait()
	fmt.Println(l.Get(), calls)

	pool := NewPool(func() *bytes.Buffer { return new(bytes.Buffer) })
	b := pool.Get()
	b.WriteString("hello")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)
	fmt.Println(pool.Get().Len())

	var n atomic.Int64
	var cnt Holder[int]
	for i := range 3 {
		n.Add(int64(i))
		cnt.Store(i)
	}
	v, _ := cnt.Load()
	fmt.Println(n.Load(), v)
}
