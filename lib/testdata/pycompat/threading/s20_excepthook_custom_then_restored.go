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

func boom(msg string) {
	panic(fmt.Errorf("%s", msg))
}

func main() {
	var seen []string
	threading.ExceptHook = func(args threading.ExceptHookArgs) {
		seen = append(seen, fmt.Sprintf("('%s', '%v')", args.Thread.GetName(), args.ExcValue))
	}
	t := &threading.Thread{Target: func() { boom("first") }, Name: "A"}
	t.Start()
	t.Join()
	threading.ExceptHook = nil
	fmt.Printf("[%s]\n", seen[0])
	t = &threading.Thread{Target: func() {}, Name: "B"}
	t.Start()
	t.Join()
	fmt.Println("done", pb(threading.ExceptHook == nil))
}
