// After CPython's Lib/test/test_queue.py BaseQueueTestMixin.simple_queue_test.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

const QUEUE_SIZE = 5

type Q interface {
	Put(any)
	PutNowait(any) error
	PutTimeout(any, time.Duration) error
	Get() any
	GetNowait() (any, error)
	GetTimeout(time.Duration) (any, error)
	Qsize() int
	Full() bool
	Empty() bool
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func blocking(block func() any, trigger func()) any {
	t := threading.NewTimer(50*time.Millisecond, trigger)
	t.Start()
	r := block()
	t.Join()
	return r
}

func py(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	}
	return fmt.Sprint(v)
}

func main() {
	names := []string{"Queue", "LifoQueue", "PriorityQueue"}
	for i, q := range []Q{queue.New(QUEUE_SIZE), queue.NewLifoQueue(QUEUE_SIZE), queue.NewPriorityQueue(QUEUE_SIZE)} {
		fmt.Println(names[i], q.Qsize())
		q.Put(111)
		q.Put(333)
		q.Put(222)
		fmt.Printf("[%v, %v, %v]\n", q.Get(), q.Get(), q.Get())
		for i := 0; i < QUEUE_SIZE-1; i++ {
			q.Put(i)
		}
		fmt.Println(q.Qsize(), pb(q.Full()))
		q.Put(2 * QUEUE_SIZE)
		fmt.Println(pb(q.Full()), pb(q.Empty()))
		if err := q.PutNowait(30); errors.Is(err, queue.ErrFull) {
			fmt.Println("Full")
		}
		if err := q.PutTimeout(30, 10*time.Millisecond); errors.Is(err, queue.ErrFull) {
			fmt.Println("Full")
		}
		get := func() { q.Get() }
		a := blocking(func() any { q.Put(30); return nil }, get)
		b := blocking(func() any { q.PutTimeout(30, 10*time.Second); return nil }, get)
		fmt.Println(py(a), py(b))
		var got []string
		for i := 0; i < QUEUE_SIZE; i++ {
			got = append(got, py(q.Get()))
		}
		fmt.Println("["+strings.Join(got, ", ")+"]", q.Qsize())
		if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
			fmt.Println("Empty")
		}
		if _, err := q.GetTimeout(10 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
			fmt.Println("Empty")
		}
		put := func() { q.Put("empty") }
		c := blocking(func() any { return q.Get() }, put)
		d := blocking(func() any { v, _ := q.GetTimeout(10 * time.Second); return v }, put)
		fmt.Println(py(c), py(d))
	}
}
