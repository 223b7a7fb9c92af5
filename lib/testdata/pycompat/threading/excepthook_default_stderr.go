package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func hook(args threading.ExceptHookArgs) {
	fmt.Println("custom hook for", args.Thread.Name)
	threading.DefaultExceptHook(args)
}

func fail() {
	panic("KeyError: 'missing'")
}

func main() {
	threading.ExceptHook = hook
	t := &threading.Thread{Target: fail, Name: "fails"}
	t.Start()
	t.Join()
	fmt.Println("main goes on")
}
