package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func bad() {
	panic("ValueError: oops")
}

func main() {
	threading.ExceptHook = func(args threading.ExceptHookArgs) {
		_, msg, _ := strings.Cut(fmt.Sprint(args.ExcValue), ": ")
		fmt.Println("hook:", msg)
	}
	t := &threading.Thread{Target: bad}
	t.Start()
	t.Join()
	fmt.Println("main continues", pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
