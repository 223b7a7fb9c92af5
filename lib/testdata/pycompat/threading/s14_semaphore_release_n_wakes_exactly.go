package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	sem     = threading.NewSemaphore(0)
	lock    threading.Lock
	passed  []int
	arrived = threading.NewBarrier(4, nil)
)

func waiter(i int) {
	arrived.Wait()
	if sem.AcquireTimeout(20 * time.Second) {
		lock.Acquire()
		passed = append(passed, i)
		lock.Release()
	}
}

func main() {
	var threads []*threading.Thread
	for i := 0; i < 3; i++ {
		threads = append(threads, &threading.Thread{Target: func() { waiter(i) }})
	}
	for _, t := range threads {
		t.Start()
	}
	arrived.Wait()
	sem.ReleaseN(2)
	for {
		lock.Acquire()
		n := len(passed)
		lock.Release()
		if n == 2 {
			break
		}
		runtime.Gosched()
	}
	fmt.Println("after release(2):", len(passed))
	sem.Release()
	for _, t := range threads {
		t.Join()
	}
	sort.Ints(passed)
	s := make([]string, len(passed))
	for i, v := range passed {
		s[i] = fmt.Sprint(v)
	}
	fmt.Println("after release():", len(passed), "["+strings.Join(s, ", ")+"]")
	fmt.Println("nonblocking now:", map[bool]string{true: "True", false: "False"}[sem.TryAcquire()])
}
