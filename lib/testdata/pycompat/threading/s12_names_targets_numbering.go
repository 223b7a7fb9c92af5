package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func fetch() {}

func parse(x int) {}

func main() {
	var names []string
	t0 := &threading.Thread{Target: fetch}
	names = append(names, t0.GetName())
	names = append(names, (&threading.Thread{Target: func() { parse(1) }, TargetName: "parse", Name: "P"}).GetName())
	names = append(names, (&threading.Thread{Target: func() { parse(2) }, TargetName: "parse"}).GetName())
	names = append(names, threading.NewTimer(500*time.Millisecond, fetch).GetName())
	names = append(names, (&threading.Thread{}).GetName())
	names = append(names, (&threading.Thread{Target: fetch}).GetName())
	for _, n := range names {
		fmt.Println(n)
	}
	t0.Start()
	t0.Join()
	fmt.Println(t0.GetName(), pyBool(t0.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
