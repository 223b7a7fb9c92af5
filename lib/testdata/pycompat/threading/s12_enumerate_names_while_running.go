package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func names() []string {
	var ns []string
	for _, t := range threading.Enumerate() {
		ns = append(ns, "'"+t.GetName()+"'")
	}
	return ns
}

func main() {
	var gate threading.Event
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: gate.Wait, Name: fmt.Sprintf("w%d", i)})
	}
	for _, t := range ts {
		t.Start()
	}
	ns := names()
	sort.Strings(ns)
	fmt.Println("["+strings.Join(ns, ", ")+"]", threading.ActiveCount())
	gate.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("["+strings.Join(names(), ", ")+"]", threading.ActiveCount())
}
