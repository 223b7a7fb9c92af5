package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	for _, m := range []int{0, -1, -100} {
		q := queue.New(m)
		for i := range 500 {
			q.PutNowait(i)
		}
		fmt.Println(m, q.Maxsize, q.Qsize(), pyBool(q.Full()), pyBool(q.Empty()))
	}
	q := queue.New(1)
	q.Put(1)
	if err := q.PutNowait(2); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full, timeout ignored when not blocking")
	}
	err := queue.New(0).PutTimeout(1, -5*time.Second)
	fmt.Println(map[bool]string{true: "None"}[err == nil])
}
