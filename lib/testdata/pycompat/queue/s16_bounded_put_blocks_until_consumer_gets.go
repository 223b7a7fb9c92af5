package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(1)
	var log []int
	t := &threading.Thread{Target: func() {
		for i := 0; i < 4; i++ {
			q.Put(i)
		}
		q.Put(nil)
	}}
	t.Start()
	for {
		item := q.Get()
		if item == nil {
			break
		}
		log = append(log, item.(int))
	}
	t.Join()
	full := "False"
	if q.Full() {
		full = "True"
	}
	fmt.Println("received in order:", strings.ReplaceAll(fmt.Sprint(log), " ", ", "), "full at end:", full, "size:", q.Qsize())
}
