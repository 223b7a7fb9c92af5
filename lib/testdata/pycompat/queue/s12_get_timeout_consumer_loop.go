package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	var got []string
	consumer := func() {
		for {
			item, err := q.GetTimeout(1500 * time.Millisecond)
			if err == queue.ErrEmpty {
				got = append(got, "'idle, stopping'")
				break
			}
			got = append(got, fmt.Sprint(item))
		}
	}
	t := &threading.Thread{Target: consumer}
	t.Start()
	for i := range 3 {
		q.Put(i)
		time.Sleep(10 * time.Millisecond)
	}
	t.Join()
	fmt.Println("[" + strings.Join(got, ", ") + "]")
}
