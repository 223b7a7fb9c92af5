package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Put(any)
	PutNowait(any) error
	Get() any
	Qsize() int
	Empty() bool
	Full() bool
}

func main() {
	for _, x := range []struct {
		name string
		q    q
	}{{"Queue", queue.New(2)}, {"LifoQueue", queue.NewLifoQueue(2)}, {"PriorityQueue", queue.NewPriorityQueue(2)}} {
		q := x.q
		st := func() string { return fmt.Sprintf("(%d, %s, %s)", q.Qsize(), pyBool(q.Empty()), pyBool(q.Full())) }
		states := []string{st()}
		q.Put(7)
		states = append(states, st())
		q.Put(3)
		states = append(states, st())
		if err := q.PutNowait(5); errors.Is(err, queue.ErrFull) {
			states = append(states, "'Full'")
		}
		first := q.Get()
		states = append(states, st())
		fmt.Println(x.name, 2, first, "["+strings.Join(states, ", ")+"]")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
