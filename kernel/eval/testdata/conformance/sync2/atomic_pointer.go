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
	var cur atomic.Pointer[Config]
	fmt.Println("empty:", cur.Load() == nil)
	cur.Store(&Config{1, "first"})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := cur.Load()
				next := &Config{old.Version + 1, "updated"}
				if cur.CompareAndSwap(old, next) {
					return
				}
			}
		}()
	}
	wg.Wait()
	c := cur.Load()
	fmt.Println(c.Version, c.Name)
	prev := cur.Swap(&Config{100, "swapped"})
	fmt.Println(prev.Version, cur.Load().Name)
}
