package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	cond       threading.Condition
	generation int
	woken      []int
	waiting    = threading.NewSemaphore(0)
)

func waiter(i int) {
	cond.Acquire()
	defer cond.Release()
	my := generation
	waiting.Release()
	cond.WaitFor(func() bool { return generation > my })
	woken = append(woken, i)
}

func main() {
	var threads []*threading.Thread
	for i := 0; i < 4; i++ {
		threads = append(threads, &threading.Thread{Target: func() { waiter(i) }})
	}
	for _, t := range threads {
		t.Start()
	}
	for range threads {
		waiting.Acquire()
	}
	cond.Acquire()
	generation++
	cond.NotifyAll()
	cond.Release()
	for _, t := range threads {
		t.Join()
	}
	sort.Ints(woken)
	fmt.Printf("[%d, %d, %d, %d] %d\n", woken[0], woken[1], woken[2], woken[3], generation)
}
