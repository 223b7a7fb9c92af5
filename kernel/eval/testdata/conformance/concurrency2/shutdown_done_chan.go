package main

import (
	"fmt"
	"sync"
)

type Server struct {
	quit chan struct{}
	wg   sync.WaitGroup
	mu   sync.Mutex
	log  []string
}

func (s *Server) worker(id int, in <-chan int) {
	defer s.wg.Done()
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return
			}
			s.mu.Lock()
			s.log = append(s.log, fmt.Sprintf("w%d:%d", id, v))
			s.mu.Unlock()
		case <-s.quit:
			return
		}
	}
}

func main() {
	s := &Server{quit: make(chan struct{})}
	in := make(chan int)
	for i := 0; i < 3; i++ {
		s.wg.Add(1)
		go s.worker(i, in)
	}
	for v := 0; v < 9; v++ {
		in <- v
	}
	close(s.quit)
	s.wg.Wait()
	fmt.Println("processed", len(s.log))
	fmt.Println("all stopped")
}
