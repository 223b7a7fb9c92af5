package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(2)
var log []string
var lock threading.Lock

func consumer() {
	for range 6 {
		item := q.Get()
		lock.Acquire()
		log = append(log, fmt.Sprint(item))
		lock.Release()
		q.TaskDone()
	}
}

func main() {
	c := &threading.Thread{Target: consumer}
	c.Start()
	for i := range 6 {
		q.Put(i)
	}
	q.Join()
	c.Join()
	fmt.Printf("[%s] %s %s\n", strings.Join(log, ", "), pyBool(q.Full()), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
