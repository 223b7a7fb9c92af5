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
		ns = append(ns, t.Name)
	}
	return ns
}

func main() {
	fmt.Println(threading.ActiveCount())
	fmt.Println("['" + strings.Join(names(), "', '") + "']")
	var stop threading.Event
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: stop.Wait, Name: fmt.Sprintf("w%d", i)})
	}
	for _, t := range ts {
		t.Start()
	}
	fmt.Println(threading.ActiveCount())
	ns := names()
	sort.Strings(ns)
	fmt.Println("['" + strings.Join(ns, "', '") + "']")
	stop.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(threading.ActiveCount())
}
