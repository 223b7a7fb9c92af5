package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Route struct {
	Path    string
	Backend string
}

type Table struct {
	Routes []Route
	Gen    int
}

func (t Table) Lookup(p string) string {
	for _, r := range t.Routes {
		if r.Path == p {
			return r.Backend
		}
	}
	return "404"
}

type Router struct{ v atomic.Value }

func (r *Router) Swap(t Table) Table {
	old, _ := r.v.Swap(t).(Table)
	return old
}

func (r *Router) Get() Table { return r.v.Load().(Table) }

type Mode struct{ Name string }

func main() {
	var r Router
	r.Swap(Table{[]Route{{"/a", "svc-a"}}, 1})
	var wg sync.WaitGroup
	var hits atomic.Int32
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r.Get().Lookup("/a") != "404" {
				hits.Add(1)
			}
		}()
	}
	wg.Wait()
	old := r.Swap(Table{[]Route{{"/a", "svc-a2"}, {"/b", "svc-b"}}, 2})
	fmt.Println(hits.Load(), old.Gen, r.Get().Gen, r.Get().Lookup("/b"), r.Get().Lookup("/zz"))
	var v atomic.Value
	m1 := Mode{"fast"}
	v.Store(m1)
	fmt.Println(v.CompareAndSwap(Mode{"fast"}, Mode{"safe"}), v.Load(), v.CompareAndSwap(Mode{"fast"}, Mode{"x"}))
	var p atomic.Pointer[Table]
	fmt.Println(p.Load() == nil, p.CompareAndSwap(nil, &Table{Gen: 9}), p.Load().Gen)
	var u64 atomic.Uint64
	fmt.Println(u64.Add(5), u64.And(4), u64.Or(3), u64.Load())
}
