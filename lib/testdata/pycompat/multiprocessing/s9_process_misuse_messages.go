package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func nap() {
	time.Sleep(300 * time.Millisecond)
}

func main() {
	multiprocessing.Main(nap)
	p := &multiprocessing.Process{Target: nap}
	try(func() { p.Join() })
	p.Start()
	try(func() { p.Close() })
	p.Join()
	p.Close()
	try(func() { fmt.Println(p.IsAlive()) })
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
