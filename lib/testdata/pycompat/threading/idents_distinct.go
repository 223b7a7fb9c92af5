package main

import (
	"fmt"
	"runtime"
	"slices"

	"github.com/gonotes/gonotes/lib/threading"
)

var go_ threading.Event
var ids []int64
var lock threading.Lock

func w() {
	lock.Acquire()
	ids = append(ids, threading.GetIdent())
	lock.Release()
	go_.Wait()
}

func count() int {
	lock.Acquire()
	defer lock.Release()
	return len(ids)
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 4; i++ {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for count() < 4 {
		runtime.Gosched()
	}
	set := map[int64]bool{}
	for _, id := range ids {
		set[id] = true
	}
	fmt.Println(len(set), pyBool(slices.Contains(ids, threading.GetIdent())))
	var tids []int64
	for _, t := range ts {
		tids = append(tids, t.Ident())
	}
	slices.Sort(ids)
	slices.Sort(tids)
	fmt.Println(pyBool(slices.Equal(ids, tids)))
	go_.Set()
	for _, t := range ts {
		t.Join()
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
