package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(3, nil)
	var idx []int
	var lock threading.Lock
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: func() {
			for range 3 {
				i, _ := b.WaitTimeout(30 * time.Second)
				lock.Acquire()
				idx = append(idx, i)
				lock.Release()
			}
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(idx)
	s := "["
	for i, x := range idx {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	fmt.Println(s+"]", b.NWaiting(), map[bool]string{false: "False", true: "True"}[b.Broken()])
}
