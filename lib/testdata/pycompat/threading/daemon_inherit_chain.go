package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var out []string
var mu threading.Lock

func level(n int) {
	me := threading.CurrentThread()
	mu.Acquire()
	out = append(out, fmt.Sprintf("(%d, %s)", n, pyBool(me.Daemon)))
	mu.Release()
	if n < 3 {
		t := &threading.Thread{Target: func() { level(n + 1) }}
		t.Start()
		t.Join()
	}
}

func main() {
	d := &threading.Thread{Target: func() { level(1) }, Daemon: true}
	d.Start()
	d.Join()
	nd := &threading.Thread{Target: func() { level(1) }}
	nd.Start()
	nd.Join()
	fmt.Printf("[%s]\n", strings.Join(out, ", "))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
