package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
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
	var stop threading.Event
	a := &threading.Thread{Target: stop.Wait, Name: "running"}
	b := &threading.Thread{Target: func() {}, Name: "finished"}
	c := &threading.Thread{Target: stop.Wait, Name: "unstarted"}
	a.Start()
	b.Start()
	b.Join()
	fmt.Println(names())
	fmt.Printf("%d [%s, %s, %s]\n", threading.ActiveCount(), py(a.IsAlive()), py(b.IsAlive()), py(c.IsAlive()))
	stop.Set()
	a.Join()
	fmt.Println(names(), threading.ActiveCount())
}
