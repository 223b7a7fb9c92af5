package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(2)
	var log []string
	t := &threading.Thread{Target: func() {
		for i := 0; i < 5; i++ {
			q.Put(i)
			log = append(log, fmt.Sprintf("put %d", i))
		}
		q.Put(nil)
	}}
	t.Start()
	var got []int
	for {
		item := q.Get()
		if item == nil {
			break
		}
		got = append(got, item.(int))
	}
	t.Join()
	fmt.Println(pyList(got), len(log), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
