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
	q := queue.New(0)
	for i := range 3 {
		q.Put(i)
	}
	got := []any{q.Get(), q.Get(), q.Get()}
	t := &threading.Thread{Target: func() {
		for range got {
			q.TaskDone()
		}
	}}
	t.Start()
	q.Join()
	t.Join()
	fmt.Printf("[%v, %v, %v] %d\n", got[0], got[1], got[2], q.UnfinishedTasks())
	fresh := queue.New(0)
	fresh.Join()
	fmt.Println("fresh join", fresh.UnfinishedTasks())
}
