package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(3)
var consumed []any

func producer() {
	for i := range 10 {
		q.Put(i)
	}
	q.Put(nil)
}

func consumer() {
	for {
		item := q.Get()
		if item == nil {
			break
		}
		consumed = append(consumed, item)
	}
}

func main() {
	p := &threading.Thread{Target: producer}
	c := &threading.Thread{Target: consumer}
	p.Start()
	c.Start()
	p.Join()
	c.Join()
	s := "["
	for i, x := range consumed {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	fmt.Println(s + "]")
}
