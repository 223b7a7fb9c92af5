package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.NewLifoQueue(2)
	q.Put(1)
	q.Put(2)
	for _, t := range []struct {
		text string
		d    time.Duration
	}{{"0", 0}, {"0.03", 30 * time.Millisecond}} {
		if err := q.PutTimeout(3, t.d); errors.Is(err, queue.ErrFull) {
			fmt.Println("timeout", t.text, "-> Full", pyBool(q.Full()), q.Qsize())
		}
	}
	var popped threading.Event
	t := &threading.Thread{Target: func() {
		fmt.Println("popped", q.Get())
		popped.Set()
	}}
	t.Start()
	popped.Wait()
	q.PutTimeout(3, 0)
	var items []any
	for range q.Qsize() {
		v, _ := q.GetNowait()
		items = append(items, v)
	}
	fmt.Println("after room:", pyList(items))
	t.Join()
}

func pyList(xs []any) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
