package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	gates   [3]threading.Event
	order   []int
	lock    threading.Lock
	allDone = threading.NewSemaphore(0)
)

func job(i int) any {
	gates[i].WaitTimeout(10 * time.Second)
	return i
}

func onDone(f *futures.Future) {
	r, _ := f.Result()
	lock.Acquire()
	order = append(order, r.(int))
	lock.Release()
	allDone.Release()
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	for i := 0; i < 3; i++ {
		ex.Submit(func() any { return job(i) }).AddDoneCallback(onDone)
	}
	for _, i := range []int{2, 0, 1} {
		gates[i].Set()
		allDone.Acquire()
	}
	ex.Shutdown(true, false)
	fmt.Printf("[%d, %d, %d]\n", order[0], order[1], order[2])
}
