package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func hook(args threading.ExceptHookArgs) {
	panic("RuntimeError: hook broke")
}

func main() {
	threading.ExceptHook = hook
	t := &threading.Thread{Target: func() { panic("ZeroDivisionError: division by zero") }, Name: "div"}
	t.Start()
	t.Join()
	fmt.Println("main goes on", pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
