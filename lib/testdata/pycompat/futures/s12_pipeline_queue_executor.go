package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	pipeline := queue.New(3)
	var stop threading.Event
	var consumed []int
	producer := func() {
		for i := range 8 {
			pipeline.Put(i)
		}
		stop.Set()
	}
	consumer := func() {
		for !(stop.IsSet() && pipeline.Empty()) {
			if v, err := pipeline.GetTimeout(50 * time.Millisecond); err == nil {
				consumed = append(consumed, v.(int))
			}
		}
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	ex.SubmitFunc(producer)
	ex.SubmitFunc(consumer)
	ex.Shutdown(true, false)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(consumed), " ", ", "), pipeline.Qsize())
}
