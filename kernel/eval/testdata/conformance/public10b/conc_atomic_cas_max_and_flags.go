package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func atomicMax(p *int64, v int64) {
	for {
		old := atomic.LoadInt64(p)
		if v <= old {
			return
		}
		if atomic.CompareAndSwapInt64(p, old, v) {
			return
		}
	}
}

type Flags struct{ bits atomic.Uint32 }

func (f *Flags) Set(b uint32) {
	for {
		old := f.bits.Load()
		if f.bits.CompareAndSwap(old, old|b) {
			return
		}
	}
}

func (f *Flags) Has(b uint32) bool { return f.bits.Load()&b != 0 }

func main() {
	var max int64
	var sum atomic.Int64
	var count uint64
	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(v int64) {
			defer wg.Done()
			atomicMax(&max, (v*37)%101)
			sum.Add(v)
			atomic.AddUint64(&count, 1)
		}(int64(i))
	}
	wg.Wait()
	fmt.Println("max:", max, "sum:", sum.Load(), "count:", atomic.LoadUint64(&count))

	var f Flags
	var wg2 sync.WaitGroup
	for i := 0; i < 8; i += 2 {
		wg2.Add(1)
		go func() { defer wg2.Done(); f.Set(1 << i) }()
	}
	wg2.Wait()
	fmt.Printf("bits: %08b\n", f.bits.Load())
	for i := 0; i < 8; i++ {
		fmt.Print(f.Has(1<<i), " ")
	}
	fmt.Println()

	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string), v.Swap([]string{"c"}), v.Load())
	var u atomic.Uint64
	u.Store(10)
	fmt.Println(u.Add(^uint64(0)), u.And(6), u.Load(), u.Or(1), u.Load())
}
