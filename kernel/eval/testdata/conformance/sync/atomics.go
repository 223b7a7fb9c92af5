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

func main() {
	var ops atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 100; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())
	fmt.Println(ops.CompareAndSwap(5000, 1), ops.Load(), ops.Swap(9), ops.Load())
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
	var u atomic.Uint32
	u.Store(7)
	u.Add(^uint32(0))
	fmt.Println(u.Load())
	var v atomic.Value
	v.Store(Config{"a", 1})
	cfg := v.Load().(Config)
	fmt.Println(cfg.Name, cfg.Version)
	old := v.Swap(Config{"b", 2})
	fmt.Println(old.(Config).Name, v.Load().(Config).Name)
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	c1 := &Config{"p1", 10}
	p.Store(c1)
	fmt.Println(p.Load().Name)
	fmt.Println(p.CompareAndSwap(c1, &Config{"p2", 11}), p.Load().Version)
	var raw int32
	atomic.AddInt32(&raw, 5)
	atomic.StoreInt32(&raw, atomic.LoadInt32(&raw)*2)
	fmt.Println(raw, atomic.CompareAndSwapInt32(&raw, 10, 0), raw)
	var bits atomic.Uint64
	bits.Or(0b1010)
	bits.And(0b0010)
	fmt.Println(bits.Load())
}
