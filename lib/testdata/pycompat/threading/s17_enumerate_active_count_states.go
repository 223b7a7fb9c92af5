package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func names(ts []*threading.Thread, sorted bool) string {
	var s []string
	for _, t := range ts {
		s = append(s, "'"+t.GetName()+"'")
	}
	if sorted {
		sort.Strings(s)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func in(t *threading.Thread) string {
	for _, u := range threading.Enumerate() {
		if u == t {
			return "True"
		}
	}
	return "False"
}

func main() {
	var ev threading.Event
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: ev.Wait, Name: fmt.Sprintf("w%d", i)})
	}
	fmt.Println(threading.ActiveCount(), names(threading.Enumerate(), false))
	for _, t := range ts[:2] {
		t.Start()
	}
	fmt.Println(threading.ActiveCount(), names(threading.Enumerate(), true))
	fmt.Println(in(ts[2]), in(ts[0]))
	ev.Set()
	for _, t := range ts[:2] {
		t.Join()
	}
	fmt.Println(threading.ActiveCount(), names(threading.Enumerate(), false))
}
