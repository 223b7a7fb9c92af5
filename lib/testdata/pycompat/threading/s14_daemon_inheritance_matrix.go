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

func record(label string) {
	lock.Acquire()
	defer lock.Release()
	flags[label] = threading.CurrentThread().IsDaemon()
}

func spawner(prefix string) {
	record(prefix)
	a := &threading.Thread{Target: func() { record(prefix + "/default") }}
	b := &threading.Thread{Target: func() { record(prefix + "/explicit-false") }}
	b.SetDaemon(false)
	c := &threading.Thread{Target: func() { record(prefix + "/explicit-true") }, Daemon: true}
	fmt.Println(prefix, "before start:", py(a.IsDaemon()), py(b.IsDaemon()), py(c.IsDaemon()))
	for _, t := range []*threading.Thread{a, b, c} {
		t.Start()
	}
	for _, t := range []*threading.Thread{a, b, c} {
		t.Join()
	}
}

func main() {
	d := &threading.Thread{Target: func() { spawner("daemon") }, Daemon: true}
	d.Start()
	d.Join()
	n := &threading.Thread{Target: func() { spawner("normal") }}
	n.Start()
	n.Join()
	var keys []string
	for k := range flags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, py(flags[k]))
	}
}
