package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Put(any)
	Get() any
	PutTimeout(any, time.Duration) error
	PutNowait(any) error
}

func main() {
	for _, k := range []struct {
		name string
		q    q
	}{{"Queue", queue.New(1)}, {"LifoQueue", queue.NewLifoQueue(1)}, {"PriorityQueue", queue.NewPriorityQueue(1)}} {
		k.q.Put(1)
		var out []string
		for _, call := range []func() error{
			func() error { return k.q.PutTimeout(2, 0) },
			func() error { return k.q.PutNowait(2) },
			func() error { return k.q.PutNowait(2) },
		} {
			if errors.Is(call(), queue.ErrFull) {
				out = append(out, "'Full'")
			} else {
				out = append(out, "'put'")
			}
		}
		k.q.Get()
		k.q.PutTimeout(3, 0)
		out = append(out, fmt.Sprint(k.q.Get()))
		fmt.Println(k.name, "["+strings.Join(out, ", ")+"]")
	}
}
