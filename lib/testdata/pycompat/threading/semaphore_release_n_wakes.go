package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var s = threading.NewSemaphore(0)
var done []int
var lock threading.Lock

func w(i int) {
	s.Acquire()
	lock.Acquire()
	done = append(done, i)
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := range 5 {
		ts = append(ts, &threading.Thread{Target: func() { w(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	s.ReleaseN(3)
	for {
		lock.Acquire()
		n := len(done)
		lock.Release()
		if n == 3 {
			break
		}
	}
	fmt.Println("after release(3):", len(done))
	s.ReleaseN(2)
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(done)
	fmt.Printf("after release(2): %d [%d, %d, %d, %d, %d]\n", len(done), done[0], done[1], done[2], done[3], done[4])
	fmt.Println(pyBool(s.TryAcquire()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
