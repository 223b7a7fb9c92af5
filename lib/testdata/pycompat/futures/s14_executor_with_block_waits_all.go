package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	finished []int
	lock     threading.Lock
	gate     threading.Event
)

func job(i int) {
	gate.WaitTimeout(10 * time.Second)
	lock.Acquire()
	finished = append(finished, i)
	lock.Release()
}

func main() {
	func() {
		ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
		defer ex.Shutdown(true, false)
		for i := 0; i < 5; i++ {
			ex.SubmitFunc(func() { job(i) })
		}
		fmt.Println("inside with, finished:", len(finished))
		gate.Set()
	}()
	sort.Ints(finished)
	fmt.Printf("after with, finished: [%d, %d, %d, %d, %d]\n", finished[0], finished[1], finished[2], finished[3], finished[4])
}
