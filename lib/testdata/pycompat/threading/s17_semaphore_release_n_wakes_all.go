package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	s := threading.NewSemaphore(0)
	var done []int
	var lock threading.Lock
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: func() {
			s.Acquire()
			lock.Acquire()
			done = append(done, i)
			lock.Release()
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	s.ReleaseN(3)
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(done)
	fmt.Printf("[%d, %d, %d] %d\n", done[0], done[1], done[2], s.Value())
	s.ReleaseN(2)
	v := s.Value()
	a := pyBool(s.AcquireTimeout(threading.ZeroTimeout))
	b := pyBool(s.TryAcquire())
	fmt.Println(v, a, b, pyBool(s.TryAcquire()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
