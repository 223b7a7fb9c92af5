package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func list(xs []any) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		if x == nil {
			s += "None"
		} else {
			s += fmt.Sprint(x)
		}
	}
	return s + "]"
}

type iq interface {
	Put(any)
	Get() any
	Qsize() int
	Empty() bool
}

func main() {
	names := []string{"Queue", "LifoQueue", "SimpleQueue"}
	for i, q := range []iq{queue.New(0), queue.NewLifoQueue(0), queue.NewSimpleQueue()} {
		q.Put(nil)
		q.Put(0)
		q.Put(nil)
		n := q.Qsize()
		got := []any{q.Get(), q.Get(), q.Get()}
		fmt.Println(names[i], n, list(got), pyBool(q.Empty()))
	}
}
