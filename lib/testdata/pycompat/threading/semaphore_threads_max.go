package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var sem = threading.NewSemaphore(2)
var lock threading.Lock
var inside, peak int

func worker() {
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
	for i := 0; i < 6; i++ {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(pyBool(peak <= 2), inside, sem.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
