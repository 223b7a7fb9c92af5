package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var ev threading.Event
	var arrived []string
	var lock threading.Lock
	var ts []*threading.Thread
	for i := 0; i < 5; i++ {
		ts = append(ts, &threading.Thread{Target: func() {
			ok := ev.WaitTimeout(10 * time.Second)
			lock.Acquire()
			arrived = append(arrived, fmt.Sprintf("(%d, %s)", i, pyBool(ok)))
			lock.Release()
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	ev.Set()
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(arrived)
	fmt.Println(pyStrs(arrived))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
