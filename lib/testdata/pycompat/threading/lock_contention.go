package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var counter = 0
var lock threading.Lock

func inc() {
	for range 10000 {
		lock.Acquire()
		counter++
		lock.Release()
	}
}

func main() {
	var ts []*threading.Thread
	for range 4 {
		ts = append(ts, &threading.Thread{Target: inc})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(counter)
	fmt.Println(pyBool(lock.Locked()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
