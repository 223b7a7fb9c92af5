package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	cond    threading.Condition
	woken   []int
	waiting = threading.NewSemaphore(0)
)

func waiter(i int) {
	cond.Acquire()
	waiting.Release()
	cond.Wait()
	woken = append(woken, i)
	cond.Release()
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 5; i++ {
		ts = append(ts, &threading.Thread{Target: func() { waiter(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for range ts {
		waiting.Acquire()
	}
	cond.Acquire()
	cond.Notify(2)
	cond.Release()
	cond.Acquire()
	cond.NotifyAll()
	cond.Release()
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(woken)
	fmt.Println(len(woken), strings.ReplaceAll(fmt.Sprint(woken), " ", ", "))
	cond.Acquire()
	fmt.Println(map[bool]string{true: "True", false: "False"}[cond.WaitTimeout(10*time.Millisecond)])
	cond.Release()
}
