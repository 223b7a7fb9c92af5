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
	p := queue.NewPriorityQueue(0)
	for _, x := range []int{5, -1, 5, 0, -1, 3, -7} {
		p.Put(x)
	}
	var out []any
	for n := p.Qsize(); n > 0; n-- {
		out = append(out, p.Get())
	}
	fmt.Println(list(out))
}
