package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	var got []int
	var lock threading.Lock
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: func() {
			x := q.Get()
			lock.Acquire()
			got = append(got, x.(int))
			lock.Release()
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	fmt.Println(q.Qsize(), pyBool(q.Empty()))
	for i := 0; i < 3; i++ {
		q.Put(i)
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(got)
	fmt.Println(pyList(got), q.Qsize(), pyBool(q.Empty()))
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
