package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	t := &threading.Thread{Target: func() {}}
	try(func() { t.Join() })
	try(func() { t.JoinTimeout(100 * time.Millisecond) })
	t.Start()
	t.Join()
	t.Join()
	fmt.Println("joined twice", pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
