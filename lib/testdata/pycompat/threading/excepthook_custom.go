package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var seen []string

func hook(args threading.ExceptHookArgs) {
	_, msg, _ := strings.Cut(fmt.Sprint(args.ExcValue), ": ")
	seen = append(seen, fmt.Sprintf("('%s', '%s', %s, %s)", msg, args.Thread.Name, pyBool(args.Thread.IsAlive()), pyBool(args.Stack != nil)))
}

func boom(n int) {
	panic(fmt.Sprintf("ValueError: bad %d", n))
}

func main() {
	threading.ExceptHook = hook
	for i := range 2 {
		t := &threading.Thread{Target: func() { boom(i) }, Name: fmt.Sprintf("worker-%d", i)}
		t.Start()
		t.Join()
		fmt.Println(pyBool(t.IsAlive()))
	}
	fmt.Printf("[%s]\n", strings.Join(seen, ", "))
	threading.ExceptHook = nil
	fmt.Println(pyBool(threading.ExceptHook == nil))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
