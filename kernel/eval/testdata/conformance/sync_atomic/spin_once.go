package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type onceFlag struct{ done uint32 }

func (o *onceFlag) Do(f func()) {
	if atomic.CompareAndSwapUint32(&o.done, 0, 1) {
		f()
	}
}

func main() {
	var o onceFlag
	var calls atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o.Do(func() { calls.Add(1) })
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls.Load())
	var p atomic.Uintptr
	p.Store(42)
	fmt.Println(p.Load())
	var ptr unsafePtrFree
	ptr.set(3)
	fmt.Println(ptr.get())
}

type unsafePtrFree struct{ v atomic.Pointer[int] }

func (u *unsafePtrFree) set(n int) { u.v.Store(&n) }
func (u *unsafePtrFree) get() int  { return *u.v.Load() }
