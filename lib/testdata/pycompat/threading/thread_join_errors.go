package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}

func selfjoin() {
	try(func() { threading.CurrentThread().Join() })
}

func main() {
	t := &threading.Thread{Target: func() {}}
	try(t.Join)
	t2 := &threading.Thread{Target: selfjoin}
	t2.Start()
	t2.Join()
}
