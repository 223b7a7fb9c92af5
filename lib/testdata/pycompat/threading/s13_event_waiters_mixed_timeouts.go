package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var e threading.Event
	var mu threading.Lock
	res := map[string]bool{}
	waiter := func(name string, d time.Duration) {
		var r bool
		if d < 0 {
			e.Wait()
			r = true
		} else {
			r = e.WaitTimeout(d)
		}
		mu.Acquire()
		res[name] = r
		mu.Release()
	}
	short := &threading.Thread{Target: func() { waiter("short", 50*time.Millisecond) }}
	long := &threading.Thread{Target: func() { waiter("long", 10*time.Second) }}
	forever := &threading.Thread{Target: func() { waiter("forever", -1) }}
	for _, t := range []*threading.Thread{short, long, forever} {
		t.Start()
	}
	short.Join()
	mu.Acquire()
	fmt.Printf("short done first: {'short': %s}\n", pyBool(res["short"]))
	mu.Release()
	e.Set()
	long.Join()
	forever.Join()
	var items []string
	for k, v := range res {
		items = append(items, fmt.Sprintf("('%s', %s)", k, pyBool(v)))
	}
	sort.Strings(items)
	fmt.Println("[" + strings.Join(items, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
