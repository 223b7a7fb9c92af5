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
	sort.Strings(ns)
	return ns
}

func main() {
	var ev threading.Event
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: ev.Wait, Name: fmt.Sprintf("e%d", i)})
	}
	fmt.Println(threading.ActiveCount(), "["+strings.Join(names(), ", ")+"]")
	for _, t := range ts {
		t.Start()
	}
	fmt.Println(threading.ActiveCount(), "["+strings.Join(names(), ", ")+"]")
	ev.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(threading.ActiveCount(), "["+strings.Join(names(), ", ")+"]")
}
