package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	sem := threading.NewSemaphore(0)
	var lock threading.Lock
	var out []int
	worker := func(i int) {
		sem.Acquire()
		lock.Acquire()
		out = append(out, i)
		lock.Release()
	}
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: func() { worker(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	fmt.Println(len(out), sem.Value())
	sem.ReleaseN(3)
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(out)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(out), " ", ", "), sem.Value())
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	sem.ReleaseN(0)
}
