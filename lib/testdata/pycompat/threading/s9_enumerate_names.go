package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var start threading.Event
var ready = threading.NewBarrier(4, nil)

func worker() {
	ready.Wait()
	start.Wait()
}

func names() string {
	var ns []string
	for _, t := range threading.Enumerate() {
		ns = append(ns, "'"+t.GetName()+"'")
	}
	sort.Strings(ns)
	return "[" + strings.Join(ns, ", ") + "]"
}

func main() {
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: worker, Name: fmt.Sprintf("w%d", i)})
	}
	for _, t := range ts {
		t.Start()
	}
	ready.Wait()
	fmt.Println(names())
	fmt.Println(threading.ActiveCount())
	start.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(names(), threading.ActiveCount())
}
