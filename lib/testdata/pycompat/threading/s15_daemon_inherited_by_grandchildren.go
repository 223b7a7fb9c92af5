package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	flags = map[string]bool{}
	lock  threading.Lock
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func record(name string) {
	lock.Acquire()
	flags[name] = threading.CurrentThread().Daemon
	lock.Release()
}

func spawn(name string, depth int) {
	record(name)
	if depth > 0 {
		t := &threading.Thread{Target: func() { spawn(name+".c", depth-1) }, Name: name + ".c"}
		t.Start()
		t.Join()
	}
}

func main() {
	d := &threading.Thread{Target: func() { spawn("d", 2) }, Daemon: true}
	n := &threading.Thread{Target: func() { spawn("n", 2) }}
	x := &threading.Thread{Target: func() { spawn("x", 1) }}
	x.SetDaemon(false)
	for _, t := range []*threading.Thread{d, n, x} {
		t.Start()
		t.Join()
	}
	var keys []string
	for k := range flags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, py(flags[k]))
	}
	fmt.Println(py(threading.MainThread().Daemon))
}
