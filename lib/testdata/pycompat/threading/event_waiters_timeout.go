package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var e threading.Event
var res []bool
var lock threading.Lock

func w() {
	r := e.WaitTimeout(20 * time.Millisecond)
	lock.Acquire()
	res = append(res, r)
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Printf("[%s, %s, %s]\n", pyBool(res[0]), pyBool(res[1]), pyBool(res[2]))
	e.Set()
	e.Set()
	fmt.Println(pyBool(e.IsSet()))
	e.Clear()
	e.Clear()
	fmt.Println(pyBool(e.IsSet()), pyBool(e.WaitTimeout(0)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
