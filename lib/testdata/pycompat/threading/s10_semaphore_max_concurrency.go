package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var sem = threading.NewSemaphore(3)
var lock threading.Lock
var active, peak int
var done []int

func worker(i int) {
	sem.Acquire()
	defer sem.Release()
	lock.Acquire()
	active++
	peak = max(peak, active)
	lock.Release()
	time.Sleep(5 * time.Millisecond)
	lock.Acquire()
	active--
	done = append(done, i)
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := range 12 {
		ts = append(ts, &threading.Thread{Target: func() { worker(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(done)
	all := len(done) == 12
	for i, d := range done {
		all = all && d == i
	}
	fmt.Println(pyBool(peak <= 3), pyBool(all), active)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
