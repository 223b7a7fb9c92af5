package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var s = threading.NewBoundedSemaphore(2)
var inside, peak int
var lock threading.Lock

func w() {
	s.Lock()
	defer s.Unlock()
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
	fmt.Println(pyBool(peak <= 2), inside, s.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
