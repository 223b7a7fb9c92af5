package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

func main() {
	var hits atomic.Int64
	var flag atomic.Bool
	var old int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Add(2)
			atomic.AddInt32(&old, 1)
			flag.CompareAndSwap(false, true)
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), atomic.LoadInt32(&old), flag.Load())
	fmt.Println(hits.Swap(0), hits.Load())

	var cfg atomic.Pointer[Config]
	fmt.Println(cfg.Load() == nil)
	cfg.Store(&Config{1, "initial"})
	for v := 2; v <= 4; v++ {
		for {
			cur := cfg.Load()
			next := &Config{cur.Version + 1, fmt.Sprintf("rev%d", v)}
			if cfg.CompareAndSwap(cur, next) {
				break
			}
		}
	}
	fmt.Printf("%+v\n", *cfg.Load())
	var val atomic.Value
	val.Store([]string{"a", "b"})
	fmt.Println(val.Load().([]string), val.CompareAndSwap(1, 2) == false)
	var u atomic.Uint32
	u.Store(1)
	fmt.Println(u.Add(^uint32(0)), u.Or(6), u.And(3), u.Load())
}
