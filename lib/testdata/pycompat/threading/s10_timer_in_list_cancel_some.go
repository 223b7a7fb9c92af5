package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var fired []int
var lock threading.Lock

func fire(i int) {
	lock.Acquire()
	fired = append(fired, i)
	lock.Release()
}

func main() {
	var timers []*threading.Timer
	for i := range 6 {
		d := time.Millisecond
		if i%2 == 1 {
			d = 50 * time.Millisecond
		}
		timers = append(timers, threading.NewTimer(d, func() { fire(i) }))
	}
	for _, t := range timers {
		t.Start()
	}
	for i := 1; i < len(timers); i += 2 {
		timers[i].Cancel()
	}
	var alive []string
	for _, t := range timers {
		t.Join()
	}
	for _, t := range timers {
		alive = append(alive, pyBool(t.IsAlive()))
	}
	sort.Ints(fired)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(fired), " ", ", "), "["+strings.Join(alive, ", ")+"]")
	fmt.Println(threading.ActiveCount())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
