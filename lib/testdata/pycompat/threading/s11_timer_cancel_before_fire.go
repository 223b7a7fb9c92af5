package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var fired []int
	var mu threading.Lock
	var timers []*threading.Timer
	for i := 0; i < 4; i++ {
		timers = append(timers, threading.NewTimer(time.Duration(50*(i+1))*time.Millisecond, func() {
			mu.Acquire()
			fired = append(fired, i)
			mu.Release()
		}))
	}
	for _, t := range timers {
		t.Start()
	}
	timers[1].Cancel()
	timers[3].Cancel()
	for _, t := range timers {
		t.Join()
	}
	sort.Ints(fired)
	var alive []string
	for _, t := range timers {
		alive = append(alive, pyBool(t.IsAlive()))
	}
	fmt.Println(pyList(fired), pyStrs(alive), "True")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
