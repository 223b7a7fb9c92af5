package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

type CountDownLatch struct {
	count int
	cond  threading.Condition
}

func (l *CountDownLatch) CountDown() {
	l.cond.Acquire()
	defer l.cond.Release()
	l.count--
	if l.count <= 0 {
		l.cond.NotifyAll()
	}
}

func (l *CountDownLatch) Wait(d time.Duration) bool {
	l.cond.Acquire()
	defer l.cond.Release()
	return l.cond.WaitForTimeout(func() bool { return l.count <= 0 }, d)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	latch := &CountDownLatch{count: 3}
	var done []int
	var lock threading.Lock
	worker := func(i int) {
		lock.Acquire()
		done = append(done, i)
		lock.Release()
		latch.CountDown()
	}
	w := latch.Wait(20 * time.Millisecond)
	fmt.Println("not yet:", pyBool(w), latch.count)
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: func() { worker(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	w = latch.Wait(10 * time.Second)
	lock.Acquire()
	sort.Ints(done)
	d := strings.ReplaceAll(fmt.Sprint(done), " ", ", ")
	lock.Release()
	fmt.Println("opened:", pyBool(w), latch.count, d)
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("again:", pyBool(latch.Wait(0)))
}
