package main

import (
	"fmt"
	"sync"
)

type Shop struct {
	waiting chan int
	served  []int
	turned  []int
	mu      sync.Mutex
}

func (s *Shop) barber(done chan<- struct{}) {
	for c := range s.waiting {
		s.mu.Lock()
		s.served = append(s.served, c)
		s.mu.Unlock()
	}
	close(done)
}

func (s *Shop) arrive(c int) {
	select {
	case s.waiting <- c:
	default:
		s.mu.Lock()
		s.turned = append(s.turned, c)
		s.mu.Unlock()
	}
}

func main() {
	s := &Shop{waiting: make(chan int, 3)}
	for c := 1; c <= 5; c++ {
		s.arrive(c)
	}
	fmt.Println("turned away while barber asleep:", s.turned)
	done := make(chan struct{})
	go s.barber(done)
	close(s.waiting)
	<-done
	fmt.Println("served:", s.served)

	s2 := &Shop{waiting: make(chan int)}
	done2 := make(chan struct{})
	go s2.barber(done2)
	for c := 1; c <= 4; c++ {
		s2.waiting <- c
	}
	close(s2.waiting)
	<-done2
	fmt.Println("served with a ready barber:", s2.served, len(s2.turned))
}
