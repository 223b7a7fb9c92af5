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
	GetTimeout(time.Duration) (any, error)
}

func main() {
	for _, k := range []struct {
		name string
		q    q
	}{{"Queue", queue.New(0)}, {"LifoQueue", queue.NewLifoQueue(0)}, {"SimpleQueue", queue.NewSimpleQueue()}} {
		var out []string
		if _, err := k.q.GetTimeout(0); errors.Is(err, queue.ErrEmpty) {
			out = append(out, "'Empty'")
		}
		k.q.Put("x")
		v, _ := k.q.GetTimeout(0)
		out = append(out, fmt.Sprintf("'%v'", v))
		k.q.Put("y")
		v, _ = k.q.GetTimeout(0)
		out = append(out, fmt.Sprintf("'%v'", v))
		fmt.Println(k.name, "["+strings.Join(out, ", ")+"]")
	}
}
