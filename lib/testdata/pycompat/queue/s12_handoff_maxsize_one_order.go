package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(1)
	var log []string
	consumer := func() {
		for range 4 {
			log = append(log, fmt.Sprintf("('got', %v)", q.Get()))
			q.TaskDone()
		}
	}
	t := &threading.Thread{Target: consumer}
	t.Start()
	for i := range 4 {
		q.Put(i)
		q.Join()
		log = append(log, fmt.Sprintf("('acked', %d)", i))
	}
	t.Join()
	fmt.Println("[" + strings.Join(log, ", ") + "]")
}
