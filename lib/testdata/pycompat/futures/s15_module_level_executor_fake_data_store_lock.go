package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

type FakeDataStore struct {
	value int
	lock  threading.Lock
}

func (s *FakeDataStore) LockedUpdate(n int) {
	s.lock.Acquire()
	defer s.lock.Release()
	localCopy := s.value
	localCopy++
	s.value = localCopy
}

var (
	store    = &FakeDataStore{}
	executor = &futures.ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "store"}
)

func main() {
	for n := 0; n < 50; n++ {
		executor.SubmitFunc(func() { store.LockedUpdate(n) })
	}
	executor.Shutdown(true, false)
	fmt.Println("Testing update. Ending value is", store.value)
}
