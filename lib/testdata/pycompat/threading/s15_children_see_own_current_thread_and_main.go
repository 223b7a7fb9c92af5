package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	mainIdent = threading.GetIdent()
	seen      = map[string]string{}
	lock      threading.Lock
	barrier   = threading.NewBarrier(3, nil)
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func child(tag string) {
	me := threading.CurrentThread()
	lock.Acquire()
	seen[tag] = fmt.Sprintf("('%s', %s, %s, %s, '%s', %s)", me.GetName(), py(me == threading.MainThread()),
		py(threading.GetIdent() == mainIdent), py(threading.GetIdent() == me.Ident()),
		threading.MainThread().GetName(), py(me.Daemon))
	lock.Release()
	barrier.Wait()
}

func main() {
	var ts []*threading.Thread
	for _, t := range []string{"a", "b"} {
		ts = append(ts, &threading.Thread{Target: func() { child(t) }, Name: "kid-" + t})
	}
	for _, t := range ts {
		t.Start()
	}
	barrier.Wait()
	for _, t := range ts {
		t.Join()
	}
	var keys []string
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, seen[k])
	}
	fmt.Println(threading.CurrentThread().GetName(), py(threading.GetIdent() == mainIdent))
}
