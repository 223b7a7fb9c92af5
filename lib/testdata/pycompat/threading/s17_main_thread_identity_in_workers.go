package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var out []string
	w := func() {
		me := threading.CurrentThread()
		in := false
		for _, u := range threading.Enumerate() {
			in = in || u == me
		}
		out = append(out, fmt.Sprintf("(%s, %s, %s, %s)", pyBool(me == threading.MainThread()), pyBool(me.IsAlive()), pyBool(in), pyBool(threading.MainThread().IsAlive())))
	}
	fmt.Println(pyBool(threading.CurrentThread() == threading.MainThread()), threading.MainThread().GetName(), pyBool(threading.MainThread().IsDaemon()))
	t := &threading.Thread{Target: w}
	t.Start()
	t.Join()
	fmt.Printf("[%s]\n", out[0])
}
