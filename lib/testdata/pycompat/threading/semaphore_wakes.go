package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var sem = threading.NewSemaphore(0)
var got []int
var lock threading.Lock

func w(i int) {
	sem.Acquire()
	lock.Acquire()
	got = append(got, i)
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: func() { w(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	sem.ReleaseN(3)
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(got)
	fmt.Printf("[%d, %d, %d]\n", got[0], got[1], got[2])
	fmt.Println(pyBool(sem.AcquireTimeout(0)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
