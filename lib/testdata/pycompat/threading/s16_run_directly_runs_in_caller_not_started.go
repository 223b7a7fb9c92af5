package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var calls []string

func work(tag string) {
	calls = append(calls, fmt.Sprintf("('%s', '%s')", tag, threading.CurrentThread().GetName()))
}

func none(v int64) string {
	if v == 0 {
		return "None"
	}
	return fmt.Sprint(v)
}

func main() {
	t := &threading.Thread{Target: func() { work("x") }, Name: "never-started"}
	t.Run()
	fmt.Println("["+strings.Join(calls, ", ")+"]", "alive:", map[bool]string{true: "True", false: "False"}[t.IsAlive()], "ident:", none(t.Ident()), "native:", none(t.NativeID()))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("join:", strings.TrimPrefix(fmt.Sprint(r), "RuntimeError: "))
			}
		}()
		t.Join()
	}()
	fmt.Println(t)
}
