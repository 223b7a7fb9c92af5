package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Put(any)
	Qsize() int
	GetTimeout(time.Duration) (any, error)
}

func try(prefix string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(prefix, strings.TrimPrefix(fmt.Sprint(r), "ValueError: "))
		}
	}()
	f()
}

func main() {
	for _, k := range []struct {
		name string
		q    q
	}{{"Queue", queue.New(0)}, {"LifoQueue", queue.NewLifoQueue(0)}, {"PriorityQueue", queue.NewPriorityQueue(0)}, {"SimpleQueue", queue.NewSimpleQueue()}} {
		k.q.Put(1)
		try(k.name+" get:", func() { k.q.GetTimeout(-500 * time.Millisecond) })
		n := k.q.Qsize()
		v, _ := k.q.GetTimeout(0)
		fmt.Println(k.name, "still there:", n, v)
		if p, ok := k.q.(interface {
			PutTimeout(any, time.Duration) error
		}); ok {
			func() {
				defer func() {
					if r := recover(); r != nil {
						fmt.Printf("%s put: %s (unbounded, size now %d)\n", k.name, strings.TrimPrefix(fmt.Sprint(r), "ValueError: "), k.q.Qsize())
					}
				}()
				p.PutTimeout(2, -time.Second)
			}()
		}
	}
}
