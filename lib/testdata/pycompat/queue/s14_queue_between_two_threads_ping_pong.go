package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var toB, toA = queue.New(0), queue.New(0)

func playerB() {
	for {
		n := toB.Get()
		if n == nil {
			return
		}
		toA.Put(n.(int) + 1)
	}
}

func main() {
	t := &threading.Thread{Target: playerB}
	t.Start()
	n := 0
	var log []string
	for i := 0; i < 5; i++ {
		toB.Put(n)
		n = toA.Get().(int) + 1
		log = append(log, fmt.Sprint(n))
	}
	toB.Put(nil)
	t.Join()
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println("["+strings.Join(log, ", ")+"]", py[toA.Empty()], py[toB.Empty()])
}
