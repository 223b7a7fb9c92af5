package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	cond       = threading.NewCondition(nil)
	generation = 0
	woke       []int
	arrived    = threading.NewSemaphore(0)
)

func waiter(i int) {
	cond.Acquire()
	arrived.Release()
	seen := generation
	cond.WaitForTimeout(func() bool { return generation > seen }, 30*time.Second)
	woke = append(woke, i)
	cond.Release()
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 5; i++ {
		i := i
		ts = append(ts, &threading.Thread{Target: func() { waiter(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for range ts {
		arrived.Acquire()
	}
	cond.Acquire()
	generation++
	cond.NotifyAll()
	cond.Release()
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(woke)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(woke), " ", ", "), generation)
	cond.Acquire()
	cond.NotifyAll()
	cond.Notify(3)
	cond.Release()
	fmt.Println("notify with no waiters is fine")
}
