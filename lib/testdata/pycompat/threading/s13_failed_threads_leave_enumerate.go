package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var mu threading.Lock
	var failed []string
	threading.ExceptHook = func(args threading.ExceptHookArgs) {
		kind, msg, _ := strings.Cut(fmt.Sprint(args.ExcValue), ": ")
		mu.Acquire()
		failed = append(failed, fmt.Sprintf("('%s', '%s', '%s')", args.Thread.GetName(), kind, msg))
		mu.Release()
	}
	work := func(n int) {
		if n%2 == 1 {
			panic(fmt.Sprintf("ValueError: odd %d", n))
		}
	}
	var ts []*threading.Thread
	for n := range 4 {
		ts = append(ts, &threading.Thread{Target: func() { work(n) }, Name: fmt.Sprintf("w%d", n)})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(failed)
	fmt.Println("[" + strings.Join(failed, ", ") + "]")
	var names, alive []string
	for _, t := range threading.Enumerate() {
		names = append(names, "'"+t.GetName()+"'")
	}
	for _, t := range ts {
		alive = append(alive, map[bool]string{true: "True", false: "False"}[t.IsAlive()])
	}
	fmt.Println("["+strings.Join(names, ", ")+"]", threading.ActiveCount(), "["+strings.Join(alive, ", ")+"]")
	threading.ExceptHook = nil
}
