package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(0)
	timeouts := 0
	var got []any
	consumer := func() {
		for {
			item, err := q.GetTimeout(20 * time.Millisecond)
			if errors.Is(err, queue.ErrEmpty) {
				timeouts++
				continue
			}
			if item == nil {
				break
			}
			got = append(got, item)
		}
	}
	t := &threading.Thread{Target: consumer}
	t.Start()
	for i := 0; i < 3; i++ {
		q.Put(i)
	}
	(&threading.Event{}).WaitTimeout(100 * time.Millisecond)
	q.Put(nil)
	t.Join()
	fmt.Printf("[%v, %v, %v] %s %s\n", got[0], got[1], got[2], pb(timeouts >= 2), pb(q.Empty()))
}
