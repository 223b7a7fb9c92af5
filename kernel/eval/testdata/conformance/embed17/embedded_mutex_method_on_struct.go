// Methods of the notebook struct using the promoted Lock/Unlock of an
// embedded *sync.Mutex and sync.Mutex, with goroutines.
package main

import (
	"fmt"
	"sync"
)

type SafeMap struct {
	*sync.Mutex
	data map[int]int
	hits int
}

func NewSafeMap() *SafeMap { return &SafeMap{Mutex: new(sync.Mutex), data: map[int]int{}} }

func (s *SafeMap) Inc(k int) {
	s.Lock()
	defer s.Unlock()
	s.data[k]++
	s.hits++
}

func main() {
	s := NewSafeMap()
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Inc(i % 5)
		}()
	}
	wg.Wait()
	fmt.Println(s.hits, len(s.data), s.data[0], s.data[4])
}
