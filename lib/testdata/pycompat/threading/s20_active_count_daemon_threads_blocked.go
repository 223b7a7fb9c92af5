package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var stop threading.Event
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		t := &threading.Thread{Target: func() { stop.WaitTimeout(30 * time.Second) }, Daemon: i%2 == 0, Name: fmt.Sprintf("w%d", i)}
		ts = append(ts, t)
		t.Start()
	}
	var items []string
	for _, t := range threading.Enumerate() {
		if t != threading.MainThread() {
			items = append(items, fmt.Sprintf("('%s', %s)", t.GetName(), pb(t.IsDaemon())))
		}
	}
	sort.Strings(items)
	fmt.Println(threading.ActiveCount(), "["+strings.Join(items, ", ")+"]")
	stop.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Printf("%d [%s, %s, %s]\n", threading.ActiveCount(), pb(ts[0].IsAlive()), pb(ts[1].IsAlive()), pb(ts[2].IsAlive()))
}
