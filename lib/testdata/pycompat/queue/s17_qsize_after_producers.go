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
	var ts []*threading.Thread
	for range 4 {
		ts = append(ts, &threading.Thread{Target: func() {
			for range 25 {
				q.Put(1)
			}
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(q.Qsize(), q.UnfinishedTasks(), pyBool(q.Full()), q.Maxsize)
}
