package main

import (
	"fmt"
	"sync"
	"unsafe"
)

// A counter guarded by a mutex, printed with %v and %+v through its pointer
// (no lock copied), and the size of the lock.
type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func main() {
	c := &SafeCounter{v: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
		}()
	}
	wg.Wait()
	fmt.Printf("%v\n%+v\n", c, c)
	fmt.Println(unsafe.Sizeof(c.mu), unsafe.Sizeof(wg))
}
