package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	pool      = threading.NewBoundedSemaphore(2)
	lock      threading.Lock
	active    []int
	maxActive int
	both      = threading.NewBarrier(2, nil)
)

func useConnection(i int) {
	pool.Acquire()
	defer pool.Release()
	lock.Acquire()
	active = append(active, i)
	maxActive = max(maxActive, len(active))
	lock.Release()
	both.Wait()
	lock.Acquire()
	for k, v := range active {
		if v == i {
			active = append(active[:k], active[k+1:]...)
			break
		}
	}
	lock.Release()
}

func main() {
	var threads []*threading.Thread
	for i := 0; i < 4; i++ {
		threads = append(threads, &threading.Thread{Target: func() { useConnection(i) }, Name: fmt.Sprintf("client-%d", i)})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	fmt.Println("max active:", maxActive, "left:", "[]")
	if len(active) != 0 {
		fmt.Println(active)
	}
}
