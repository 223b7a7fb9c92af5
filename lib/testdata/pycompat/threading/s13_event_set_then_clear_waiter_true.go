package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	var mu threading.Lock
	var got []string
	waiter := func(timeout string) {
		var r bool
		if timeout == "None" {
			e.Wait()
			r = true
		} else {
			r = e.WaitTimeout(10 * time.Second)
		}
		mu.Acquire()
		got = append(got, fmt.Sprintf("(%s, %s)", timeout, pyBool(r)))
		mu.Release()
	}
	var ts []*threading.Thread
	for _, t := range []string{"None", "10"} {
		ts = append(ts, &threading.Thread{Target: func() { waiter(t) }})
	}
	for _, t := range ts {
		t.Start()
	}
	time.Sleep(500 * time.Millisecond)
	e.Set()
	e.Clear()
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(got)
	fmt.Print("[")
	for i, g := range got {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Print(g)
	}
	fmt.Println("]")
	fmt.Println("flag now", pyBool(e.IsSet()), "wait(0)", pyBool(e.WaitTimeout(0)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
