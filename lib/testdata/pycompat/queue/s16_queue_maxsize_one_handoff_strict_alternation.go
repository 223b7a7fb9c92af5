package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(1)
	acks := queue.New(1)
	var log []string
	t := &threading.Thread{Target: func() {
		for i := 0; i < 3; i++ {
			item := q.Get()
			log = append(log, fmt.Sprintf("'got %v'", item))
			acks.Put(item)
		}
	}}
	t.Start()
	for i := 0; i < 3; i++ {
		q.Put(i)
		log = append(log, fmt.Sprintf("'acked %v'", acks.Get()))
	}
	t.Join()
	fmt.Println("[" + strings.Join(log, ", ") + "]")
}
