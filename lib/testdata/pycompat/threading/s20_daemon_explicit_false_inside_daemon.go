package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	res := map[string]bool{}
	inner := func() { res["inner"] = threading.CurrentThread().IsDaemon() }
	outer := func() {
		a := &threading.Thread{Target: inner}
		b := &threading.Thread{Target: inner}
		b.SetDaemon(false)
		res["a_before"] = a.IsDaemon()
		res["b_before"] = b.IsDaemon()
		a.Start()
		a.Join()
		b.Start()
		b.Join()
		res["a"] = a.IsDaemon()
		res["b"] = b.IsDaemon()
	}
	t := &threading.Thread{Target: outer, Daemon: true}
	t.Start()
	t.Join()
	fmt.Printf("[('a', %s), ('a_before', %s), ('b', %s), ('b_before', %s), ('inner', %s)]\n", pb(res["a"]), pb(res["a_before"]), pb(res["b"]), pb(res["b_before"]), pb(res["inner"]))
	m := &threading.Thread{Target: inner}
	fmt.Println(pb(m.IsDaemon()), pb(threading.CurrentThread().IsDaemon()), pb(threading.MainThread().IsDaemon()))
}
