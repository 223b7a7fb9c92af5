package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var sem = threading.NewSemaphore(2)
var lock threading.Lock
var inside = 0
var peak = 0

func w() {
	sem.Acquire()
	defer sem.Release()
	lock.Acquire()
	inside++
	peak = max(peak, inside)
	lock.Release()
	lock.Acquire()
	inside--
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for range 6 {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(pyBool(peak <= 2), inside)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
