package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	t := &threading.Thread{Target: func() {}}
	t.Start()
	try(func() { t.Start() })
	t.Join()
	try(func() { threading.MainThread().Start() })
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
