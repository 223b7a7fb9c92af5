package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var e threading.Event
var results []string
var lock threading.Lock

func waiter(i int) {
	r := e.WaitTimeout(30 * time.Second)
	lock.Acquire()
	results = append(results, fmt.Sprintf("(%d, %s)", i, pyBool(r)))
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 4; i++ {
		ts = append(ts, &threading.Thread{Target: func() { waiter(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	e.Set()
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(results)
	fmt.Println("[" + strings.Join(results, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
