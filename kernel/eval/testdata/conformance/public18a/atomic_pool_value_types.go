package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

type node struct {
	val  int
	next *node
}

func main() {
	var cfg atomic.Value
	cfg.Store(Config{"a", 1})
	c := cfg.Load().(Config)
	fmt.Println(c.Name, c.Version)
	old := cfg.Swap(Config{"b", 2})
	fmt.Println(old.(Config).Name, cfg.Load().(Config).Version)
	fmt.Println(cfg.CompareAndSwap(Config{"b", 2}, Config{"c", 3}), cfg.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		cfg.Store("a string")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v atomic.Value
		v.Store(nil)
	}()
	var p atomic.Pointer[node]
	fmt.Println(p.Load() == nil)
	for i := 1; i <= 3; i++ {
		for {
			head := p.Load()
			n := &node{i, head}
			if p.CompareAndSwap(head, n) {
				break
			}
		}
	}
	for n := p.Load(); n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	var i32 atomic.Int32
	var u64 atomic.Uint64
	var b atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			i32.Add(2)
			u64.Add(1)
			b.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(i32.Load(), u64.Load(), b.Load(), i32.Swap(-1), i32.CompareAndSwap(-1, 5), i32.Load())
	fmt.Println(i32.And(4), i32.Load(), u64.Or(8), u64.Load())
	var raw int64
	atomic.AddInt64(&raw, 10)
	atomic.StoreInt64(&raw, atomic.LoadInt64(&raw)*2)
	fmt.Println(raw, atomic.CompareAndSwapInt64(&raw, 20, 1), raw)
	created := 0
	pool := sync.Pool{New: func() any { created++; return &Config{Name: "new"} }}
	x := pool.Get().(*Config)
	x.Name = "used"
	fmt.Println(x.Name, created)
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	ov := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(ov(), ov())
	ovs := sync.OnceValues(func() (Config, error) { return Config{"ov", 9}, nil })
	v1, e1 := ovs()
	fmt.Println(v1, e1)
	of := sync.OnceFunc(func() { fmt.Println("oncefunc") })
	of()
	of()
	pf := sync.OnceFunc(func() { panic("once panic") })
	for range 2 {
		func() {
			defer func() { fmt.Println("r:", recover()) }()
			pf()
		}()
	}
	var m sync.Map
	m.Store("k", Config{"m", 1})
	v, ok := m.Load("k")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("k", 0)
	fmt.Println(act, loaded)
	m.Store("z", 1)
	prev, loaded := m.Swap("z", 2)
	fmt.Println(prev, loaded, m.CompareAndSwap("z", 2, 3), m.CompareAndDelete("z", 4))
	m.Delete("k")
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
	m.Clear()
	_, ok = m.Load("z")
	fmt.Println(ok)
}
