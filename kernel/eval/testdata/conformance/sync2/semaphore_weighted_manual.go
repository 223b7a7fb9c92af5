package main

import (
	"fmt"
	"sync"
)

type Semaphore struct {
	mu    sync.Mutex
	cond  *sync.Cond
	avail int
	peak  int
	max   int
}

func NewSemaphore(n int) *Semaphore {
	s := &Semaphore{avail: n, max: n}
	s.cond = sync.NewCond(&s.mu)
	return s
}

func (s *Semaphore) Acquire(w int) {
	s.mu.Lock()
	for s.avail < w {
		s.cond.Wait()
	}
	s.avail -= w
	if used := s.max - s.avail; used > s.peak {
		s.peak = used
	}
	s.mu.Unlock()
}

func (s *Semaphore) Release(w int) {
	s.mu.Lock()
	s.avail += w
	s.mu.Unlock()
	s.cond.Broadcast()
}

func main() {
	s := NewSemaphore(4)
	var wg sync.WaitGroup
	weights := []int{1, 2, 3, 4, 2, 1, 3}
	done := make([]bool, len(weights))
	for i, w := range weights {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Acquire(w)
			done[i] = true
			s.Release(w)
		}()
	}
	wg.Wait()
	fmt.Println(done, "peak<=4:", s.peak <= 4, "avail", s.avail)
}
