package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	t := threading.NewTimer(10*time.Millisecond, func() { fmt.Println("fired") })
	t.Start()
	try(func() { t.Start() })
	t.Join()
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
