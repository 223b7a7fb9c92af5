package main

import (
	"fmt"
	"slices"

	"github.com/gonotes/gonotes/lib/threading"
)

var go_ threading.Event
var ids []int64
var lock threading.Lock

func w() {
	lock.Acquire()
	ids = append(ids, threading.GetNativeID())
	lock.Release()
	go_.Wait()
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for {
		lock.Acquire()
		n := len(ids)
		lock.Release()
		if n == 3 {
			break
		}
	}
	set := map[int64]bool{}
	for _, id := range ids {
		set[id] = true
	}
	var tids []int64
	for _, t := range ts {
		tids = append(tids, t.NativeID())
	}
	slices.Sort(ids)
	slices.Sort(tids)
	fmt.Println(len(set), pyBool(slices.Contains(ids, threading.GetNativeID())), pyBool(slices.Equal(ids, tids)))
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
