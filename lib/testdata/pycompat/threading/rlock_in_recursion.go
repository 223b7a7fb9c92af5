package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var r threading.RLock
var total = 0

func add(n int) {
	r.Acquire()
	defer r.Release()
	if n == 0 {
		return
	}
	total += n
	add(n - 1)
}

func main() {
	var ts []*threading.Thread
	for range 4 {
		ts = append(ts, &threading.Thread{Target: func() { add(10) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(total)
	fmt.Println(pyBool(r.TryAcquire()))
	r.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
