package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var start threading.Event
	var lock threading.Lock
	ready := threading.NewSemaphore(0)
	var order []int
	runner := func(i int) {
		ready.Release()
		start.Wait()
		lock.Acquire()
		order = append(order, i)
		lock.Release()
	}
	var ts []*threading.Thread
	for i := range 5 {
		ts = append(ts, &threading.Thread{Target: func() { runner(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for range ts {
		ready.Acquire()
	}
	fmt.Println("all ready, started:", len(order), pyBool(start.IsSet()))
	start.Set()
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(order)
	var alive []string
	for _, t := range ts {
		alive = append(alive, pyBool(t.IsAlive()))
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(order), " ", ", "), pyBool(start.IsSet()), "["+strings.Join(alive, ", ")+"]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
