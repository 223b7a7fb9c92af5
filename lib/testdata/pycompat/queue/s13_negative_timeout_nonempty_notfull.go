package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Put(any)
	GetTimeout(time.Duration) (any, error)
	PutTimeout(any, time.Duration) error
	Qsize() int
}

func try(f func()) (e any) {
	defer func() { e = recover() }()
	f()
	return nil
}

func main() {
	for _, x := range []struct {
		name string
		q    q
	}{{"Queue", queue.New(3)}, {"LifoQueue", queue.NewLifoQueue(3)}, {"PriorityQueue", queue.NewPriorityQueue(3)}} {
		x.q.Put(1)
		if e := try(func() { x.q.GetTimeout(-time.Second) }); e != nil {
			fmt.Println(x.name, "get with an item there:", e)
		} else {
			fmt.Println(x.name, "get ok")
		}
		if e := try(func() { x.q.PutTimeout(2, -time.Second) }); e != nil {
			fmt.Println(x.name, "put with room:", e)
		} else {
			fmt.Println(x.name, "put ok")
		}
		n := x.q.Qsize()
		v, _ := x.q.GetTimeout(0)
		fmt.Println(x.name, "qsize", n, "get(timeout=0)", v)
	}
	u := queue.New(0)
	u.PutTimeout(1, -time.Second)
	fmt.Println("unbounded put(timeout=-1) ok, qsize", u.Qsize())
}
