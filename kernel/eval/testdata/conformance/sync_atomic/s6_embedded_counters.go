package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Metrics struct {
	requests atomic.Int64
	errors   atomic.Int64
	mu       sync.Mutex
	byPath   map[string]int
}

func (m *Metrics) Record(path string, failed bool) {
	m.requests.Add(1)
	if failed {
		m.errors.Add(1)
	}
	m.mu.Lock()
	m.byPath[path]++
	m.mu.Unlock()
}

func main() {
	m := &Metrics{byPath: map[string]int{}}
	var wg sync.WaitGroup
	paths := []string{"/a", "/b", "/c"}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Record(paths[i%3], i%7 == 0)
		}(i)
	}
	wg.Wait()
	fmt.Println(m.requests.Load(), m.errors.Load(), m.byPath)
	var flags [4]atomic.Bool
	flags[2].Store(true)
	for i := range flags {
		fmt.Print(flags[i].Load(), " ")
	}
	fmt.Println()
	var total atomic.Uint64
	total.Add(^uint64(0))
	fmt.Println(total.Load())
	var seq atomic.Int32
	ids := make(chan int32, 5)
	for i := 0; i < 5; i++ {
		go func() { ids <- seq.Add(1) }()
	}
	sum := int32(0)
	for i := 0; i < 5; i++ {
		sum += <-ids
	}
	fmt.Println(sum)
	fmt.Println(atomic.AndInt32(new(int32), 0), atomic.OrUint32(new(uint32), 6))
}
