package main

import (
	"fmt"
	"sync/atomic"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Square float64

func (s Square) Area() float64 { return float64(s * s) }

type Stats struct {
	calls atomic.Uint64
	last  atomic.Value
}

func (s *Stats) Record(sh Shape) {
	s.calls.Add(1)
	s.last.Store(sh)
}

func main() {
	var st Stats
	st.Record(Rect{2, 3})
	fmt.Println(st.last.Load().(Shape).Area(), st.calls.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		st.Record(Square(2))
	}()
	fmt.Println(st.calls.Load())
	var v atomic.Value
	v.Store(Square(3))
	old := v.Swap(Square(4))
	fmt.Println(old, v.Load(), v.CompareAndSwap(Square(4), Square(5)), v.Load())
	sh, ok := v.Load().(Shape)
	fmt.Println(ok, sh.Area())
	var p atomic.Pointer[Rect]
	r := &Rect{1, 1}
	p.Store(r)
	p.Load().W = 10
	fmt.Println(r.Area(), p.Load().Area())
}
