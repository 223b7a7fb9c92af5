package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type entry struct {
	kind string
	i    int
}

func main() {
	q := queue.New(2)
	var log []entry
	var lock threading.Lock
	producer := func() {
		for i := 0; i < 5; i++ {
			q.Put(i)
			lock.Acquire()
			log = append(log, entry{"put", i})
			lock.Release()
		}
		q.Put(nil)
	}
	consumer := func() {
		for {
			item := q.Get()
			if item == nil {
				return
			}
			time.Sleep(10 * time.Millisecond)
			lock.Acquire()
			log = append(log, entry{"got", item.(int)})
			lock.Release()
		}
	}
	ts := []*threading.Thread{{Target: producer}, {Target: consumer}}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var puts, gots []string
	index := map[entry]int{}
	for k, e := range log {
		index[e] = k
		if e.kind == "put" {
			puts = append(puts, fmt.Sprint(e.i))
		} else {
			gots = append(gots, fmt.Sprint(e.i))
		}
	}
	fmt.Println("["+strings.Join(puts, ", ")+"]", "["+strings.Join(gots, ", ")+"]")
	ok := true
	for i := 0; i < 3; i++ {
		ok = ok && index[entry{"put", i}] < index[entry{"got", i + 2}]
	}
	fmt.Println(map[bool]string{true: "True", false: "False"}[ok])
}
