package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func names(ts []*threading.Thread, sorted bool) string {
	var out []string
	for _, t := range ts {
		out = append(out, "'"+t.GetName()+"'")
	}
	if sorted {
		sort.Strings(out)
	}
	return "[" + strings.Join(out, ", ") + "]"
}

func main() {
	var gate threading.Event
	ready := threading.NewBarrier(4, nil)
	worker := func() {
		ready.Wait()
		gate.Wait()
	}
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: worker, Name: fmt.Sprintf("w%d", i)})
	}
	fmt.Println("before start:", threading.ActiveCount(), names(threading.Enumerate(), false))
	for _, t := range ts {
		t.Start()
	}
	ready.Wait()
	fmt.Println("running:", threading.ActiveCount(), names(threading.Enumerate(), true))
	in := false
	for _, t := range threading.Enumerate() {
		if t == threading.MainThread() {
			in = true
		}
	}
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println("main in enumerate:", py[in], py[threading.CurrentThread() == threading.MainThread()])
	gate.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("after join:", threading.ActiveCount(), names(threading.Enumerate(), false))
}
