package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	t := &threading.Thread{Target: func() {}}
	try(func() { t.Join() })
	fmt.Println(pyBool(t.IsAlive()), "None")
	s := &threading.Thread{Target: func() { try(func() { threading.CurrentThread().Join() }) }}
	s.Start()
	s.Join()
	try(func() { threading.MainThread().Join() })
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
