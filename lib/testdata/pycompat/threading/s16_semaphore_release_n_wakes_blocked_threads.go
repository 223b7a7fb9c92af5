package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	s := threading.NewSemaphore(0)
	var got []int
	var lock threading.Lock
	var ts []*threading.Thread
	for i := 0; i < 4; i++ {
		i := i
		ts = append(ts, &threading.Thread{Target: func() {
			if s.AcquireTimeout(30 * time.Second) {
				lock.Acquire()
				got = append(got, i)
				lock.Release()
			}
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	s.ReleaseN(4)
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(got)
	fmt.Println("all four got in:", strings.ReplaceAll(fmt.Sprint(got), " ", ", "))
	fmt.Println("nothing left:", py(s.TryAcquire()))
	s.ReleaseN(2)
	a, b, c := s.TryAcquire(), s.TryAcquire(), s.TryAcquire()
	fmt.Println("two left:", py(a), py(b), py(c))
}
