package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

type FakeDataStore struct {
	value int
	lock  *threading.Lock
}

func (s *FakeDataStore) update(n string) {
	if s.lock != nil {
		s.lock.Acquire()
		defer s.lock.Release()
	}
	s.step()
}

func (s *FakeDataStore) step() {
	localCopy := s.value
	localCopy++
	time.Sleep(100 * time.Millisecond)
	s.value = localCopy
}

func main() {
	for _, locked := range []bool{false, true} {
		store := &FakeDataStore{}
		if locked {
			store.lock = &threading.Lock{}
		}
		fmt.Println("Testing update. Starting value is", store.value)
		executor := &futures.ThreadPoolExecutor{MaxWorkers: 2}
		for _, n := range []string{"First", "Second", "Third"} {
			executor.SubmitFunc(func() { store.update(n) })
		}
		executor.Shutdown(true, false)
		fmt.Println("Testing update. Ending value is", store.value)
	}
}
