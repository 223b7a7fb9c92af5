package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var cond threading.Condition
	readers := 0
	var log []string
	reading := threading.NewBarrier(3, nil)
	var release threading.Event
	reader := func() {
		cond.Acquire()
		readers++
		cond.Release()
		reading.Wait()
		release.Wait()
		cond.Acquire()
		readers--
		cond.NotifyAll()
		cond.Release()
	}
	writer := func() {
		cond.Acquire()
		ok := cond.WaitForTimeout(func() bool { return readers == 0 }, 10*time.Second)
		log = append(log, fmt.Sprintf("('write', %s, %d)", pyBool(ok), readers))
		cond.Release()
	}
	var rs []*threading.Thread
	for range 2 {
		rs = append(rs, &threading.Thread{Target: reader})
	}
	for _, t := range rs {
		t.Start()
	}
	reading.Wait()
	cond.Acquire()
	n := readers
	ok := cond.WaitForTimeout(func() bool { return readers == 0 }, 50*time.Millisecond)
	fmt.Println("readers inside:", n, "writer could go:", pyBool(ok))
	cond.Release()
	w := &threading.Thread{Target: writer}
	w.Start()
	release.Set()
	for _, t := range append(rs, w) {
		t.Join()
	}
	fmt.Println("["+strings.Join(log, ", ")+"]", readers)
}
