package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	count := 0
	var lock threading.Lock
	inc := func(n int) {
		for range n {
			lock.Acquire()
			count++
			lock.Release()
		}
	}
	var ts []*threading.Thread
	for range 4 {
		ts = append(ts, &threading.Thread{Target: func() { inc(20000) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(count, pyBool(lock.Locked()), threading.ActiveCount())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
