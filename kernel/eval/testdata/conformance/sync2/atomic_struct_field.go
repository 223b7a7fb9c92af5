package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	Requests atomic.Int64
	Errors   atomic.Int64
	Closed   atomic.Bool
}

func (s *Stats) String() string {
	return fmt.Sprintf("req=%d err=%d closed=%v", s.Requests.Load(), s.Errors.Load(), s.Closed.Load())
}

func main() {
	st := &Stats{}
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st.Requests.Add(1)
			if i%3 == 0 {
				st.Errors.Add(1)
			}
		}()
	}
	wg.Wait()
	st.Closed.Store(true)
	fmt.Println(st)
}
