package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	cond    = threading.NewCondition(nil)
	tokens  = 0
	served  []int
	arrived = threading.NewSemaphore(0)
	lock    threading.Lock
)

func consumer(i int) {
	cond.Acquire()
	defer cond.Release()
	arrived.Release()
	cond.WaitForTimeout(func() bool { return tokens > 0 }, 30*time.Second)
	tokens--
	lock.Acquire()
	served = append(served, i)
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 4; i++ {
		i := i
		ts = append(ts, &threading.Thread{Target: func() { consumer(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for range ts {
		arrived.Acquire()
	}
	cond.Acquire()
	tokens += 2
	cond.Notify(2)
	cond.Release()
	for {
		lock.Acquire()
		n := len(served)
		lock.Release()
		if n == 2 {
			break
		}
	}
	fmt.Println("after two tokens:", 2)
	cond.Acquire()
	tokens += 2
	cond.NotifyAll()
	cond.Release()
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(served)
	fmt.Println("all served:", strings.ReplaceAll(fmt.Sprint(served), " ", ", "), "tokens left:", tokens)
}
