package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.NewLifoQueue(0)
	q.Put("a")
	q.Put("b")
	a := q.Get()
	fmt.Println(a, q.Get())
	q.TaskDone()
	q.TaskDone()
	q.Join()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		q.TaskDone()
	}()
	fmt.Println(q.UnfinishedTasks())
}
