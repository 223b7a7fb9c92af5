package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func pyRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case []int:
		return fmt.Sprintf("[%d, %d]", x[0], x[1])
	}
	return fmt.Sprint(v)
}

func main() {
	q := queue.NewSimpleQueue()
	fmt.Println(pyBool(q.Empty()), q.Qsize())
	for _, x := range []any{"a", nil, 3} {
		q.Put(x)
	}
	q.PutNowait([]int{1, 2})
	fmt.Println(pyBool(q.Empty()), q.Qsize())
	a := q.Get()
	b := q.Get()
	c, _ := q.GetNowait()
	d, _ := q.GetTimeout(time.Second)
	fmt.Println(pyRepr(a), pyRepr(b), pyRepr(c), pyRepr(d))
	fmt.Println(pyBool(q.Empty()), q.Qsize())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
