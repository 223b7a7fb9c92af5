package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	gate  threading.Event
	ready = threading.NewBarrier(4, nil)
)

func work() {
	ready.Wait()
	gate.Wait()
}

func names(sorted bool) string {
	var ns []string
	for _, t := range threading.Enumerate() {
		ns = append(ns, t.GetName())
	}
	if sorted {
		sort.Strings(ns)
	}
	return "['" + strings.Join(ns, "', '") + "']"
}

func contains(t *threading.Thread) string {
	for _, x := range threading.Enumerate() {
		if x == t {
			return "True"
		}
	}
	return "False"
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: work, Name: fmt.Sprintf("w%d", i)})
	}
	fmt.Println(threading.ActiveCount(), names(false))
	for _, t := range ts {
		t.Start()
	}
	ready.Wait()
	fmt.Println(threading.ActiveCount(), names(true))
	fmt.Println(contains(threading.MainThread()), contains(threading.CurrentThread()))
	gate.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(threading.ActiveCount(), names(false))
}
