package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	slots  = threading.NewBoundedSemaphore(2)
	bothIn = threading.NewBarrier(2, nil)
	lock   threading.Lock
	inside int
	peak   int
	order  []int
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func job(i int) {
	slots.Acquire()
	defer slots.Release()
	lock.Acquire()
	inside++
	peak = max(peak, inside)
	lock.Release()
	bothIn.Wait()
	lock.Acquire()
	inside--
	order = append(order, i)
	lock.Release()
}

func main() {
	var threads []*threading.Thread
	for i := 0; i < 6; i++ {
		threads = append(threads, &threading.Thread{Target: func() { job(i) }})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	sort.Ints(order)
	s := make([]string, len(order))
	for i, v := range order {
		s[i] = fmt.Sprint(v)
	}
	fmt.Println("peak:", peak, "inside:", inside, "done:", "["+strings.Join(s, ", ")+"]")
	a, b, c := slots.TryAcquire(), slots.TryAcquire(), slots.TryAcquire()
	fmt.Println("value back to 2:", py(a), py(b), py(c))
}
