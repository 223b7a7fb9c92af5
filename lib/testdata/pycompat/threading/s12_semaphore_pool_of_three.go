package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	sem := threading.NewSemaphore(3)
	var lock threading.Lock
	active, peak := 0, 0
	var done []int
	job := func(i int) {
		sem.Acquire()
		defer sem.Release()
		lock.Acquire()
		active++
		peak = max(peak, active)
		lock.Release()
		time.Sleep(10 * time.Millisecond)
		lock.Acquire()
		active--
		done = append(done, i)
		lock.Release()
	}
	var ts []*threading.Thread
	for i := range 9 {
		ts = append(ts, &threading.Thread{Target: func() { job(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(done)
	fmt.Println(pyBool(peak <= 3), strings.ReplaceAll(fmt.Sprint(done), " ", ", "), active, sem.Value())
	fmt.Println(pyBool(sem.AcquireTimeout(10*time.Millisecond)), pyBool(sem.TryAcquire()), sem.Value())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
