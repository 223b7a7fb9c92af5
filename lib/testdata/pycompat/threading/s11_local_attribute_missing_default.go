package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var data threading.Local
	v, ok := data.Lookup("user")
	if !ok {
		v = "anonymous"
	}
	fmt.Println(v, pyBool(ok))
	data.Set("user", "main")
	seen := map[string]any{}
	t := &threading.Thread{Target: func() {
		seen["before"], _ = data.Lookup("user")
		data.Set("user", "worker")
		seen["after"] = data.Get("user")
	}}
	t.Start()
	t.Join()
	fmt.Printf("{'before': %v, 'after': '%v'} %v\n", pyNone(seen["before"]), seen["after"], data.Get("user"))
	data.Delete("user")
	try(func() { data.Get("user") })
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}
