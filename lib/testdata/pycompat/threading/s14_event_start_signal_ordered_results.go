package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

type entry struct {
	i  int
	ok bool
}

var (
	start   threading.Event
	lock    threading.Lock
	arrived = threading.NewSemaphore(0)
	log     []entry
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func runner(i int) {
	arrived.Release()
	ok := start.WaitTimeout(10 * time.Second)
	lock.Acquire()
	log = append(log, entry{i, ok})
	lock.Release()
}

func main() {
	var threads []*threading.Thread
	for i := 0; i < 5; i++ {
		threads = append(threads, &threading.Thread{Target: func() { runner(i) }})
	}
	for _, t := range threads {
		t.Start()
	}
	for range threads {
		arrived.Acquire()
	}
	fmt.Println("before set:", len(log), py(start.IsSet()))
	start.Set()
	for _, t := range threads {
		t.Join()
	}
	sort.Slice(log, func(a, b int) bool { return log[a].i < log[b].i })
	var parts []string
	for _, e := range log {
		parts = append(parts, fmt.Sprintf("(%d, %s)", e.i, py(e.ok)))
	}
	fmt.Println("[" + strings.Join(parts, ", ") + "]")
	start.Clear()
	fmt.Println("cleared:", py(start.IsSet()), py(start.WaitTimeout(50*time.Millisecond)))
}
