package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func hook(args threading.ExceptHookArgs) {
	kind, msg, _ := strings.Cut(fmt.Sprint(args.ExcValue), ": ")
	fmt.Println("hook:", kind, msg, args.Thread.GetName(), pyBool(args.Thread.IsAlive()))
}

func bad(kind string) {
	if kind == "value" {
		panic("ValueError: bad value")
	}
	panic("KeyError: 'k'")
}

func main() {
	threading.ExceptHook = hook
	for _, kind := range []string{"value", "key"} {
		t := &threading.Thread{Target: func() { bad(kind) }, Name: "t-" + kind}
		t.Start()
		t.Join()
	}
	fmt.Println("main goes on", threading.ActiveCount())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
