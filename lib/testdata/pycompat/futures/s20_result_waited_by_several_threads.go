package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	f := futures.NewFuture()
	var got []string
	var lock threading.Lock
	waiter := func(i int) {
		r, _ := f.ResultTimeout(30 * time.Second)
		lock.Acquire()
		got = append(got, fmt.Sprintf("(%d, '%v')", i, r))
		lock.Release()
	}
	var ts []*threading.Thread
	for i := 0; i < 4; i++ {
		ts = append(ts, &threading.Thread{Target: func() { waiter(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	threading.NewTimer(50*time.Millisecond, func() { f.SetResult("ready") }).Start()
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(got)
	fmt.Println("["+strings.Join(got, ", ")+"]", map[bool]string{true: "True", false: "False"}[f.Done()])
}
