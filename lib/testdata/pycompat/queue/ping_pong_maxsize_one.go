package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var ping = queue.New(1)
var pong = queue.New(1)
var log []int

func player() {
	for {
		n := ping.Get()
		if n == nil {
			break
		}
		pong.Put(n.(int) + 1)
	}
}

func main() {
	t := &threading.Thread{Target: player}
	t.Start()
	n := 0
	for range 5 {
		ping.Put(n)
		n = pong.Get().(int) + 1
		log = append(log, n)
	}
	ping.Put(nil)
	t.Join()
	fmt.Printf("[%d, %d, %d, %d, %d] %s %s\n", log[0], log[1], log[2], log[3], log[4], pyBool(ping.Empty()), pyBool(pong.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
