package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(ping, pong *multiprocessing.Event) {
	ping.Wait()
	pong.Set()
}

func main() {
	multiprocessing.Main(child)
	ping, pong := multiprocessing.NewEvent(), multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: child, Args: []any{ping, pong}}
	p.Start()
	a := pong.IsSet()
	b := pong.WaitTimeout(50 * time.Millisecond)
	fmt.Println(pyBool(a), pyBool(b))
	ping.Set()
	a = pong.WaitTimeout(30 * time.Second)
	fmt.Println(pyBool(a), pyBool(pong.IsSet()))
	p.Join()
	pong.Clear()
	fmt.Println(pyBool(pong.IsSet()), pyBool(ping.IsSet()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
