package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(1)
	var got []string
	consumer := func() {
		for {
			x := q.Get()
			if x == nil {
				break
			}
			got = append(got, fmt.Sprint(x))
		}
	}
	c := &threading.Thread{Target: consumer}
	c.Start()
	for i := range 6 {
		q.PutTimeout(i, 10*time.Second)
	}
	q.Put(nil)
	c.Join()
	fmt.Println("["+strings.Join(got, ", ")+"]", q.Qsize(), pyBool(q.Full()), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
