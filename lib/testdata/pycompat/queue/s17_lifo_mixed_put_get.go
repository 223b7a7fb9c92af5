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

func main() {
	q := queue.NewLifoQueue(0)
	q.Put(1)
	q.Put(2)
	a := q.Get()
	q.Put(3)
	q.Put(4)
	var rest []any
	for n := q.Qsize(); n > 0; n-- {
		v, _ := q.GetNowait()
		rest = append(rest, v)
	}
	fmt.Println(a, list(rest))
}
