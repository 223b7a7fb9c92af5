package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	b := threading.NewBarrier(3, nil)
	var ids, nids []int64
	var lock threading.Lock
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: func() {
			b.WaitTimeout(30 * time.Second)
			lock.Acquire()
			ids = append(ids, threading.GetIdent())
			nids = append(nids, threading.GetNativeID())
			lock.Release()
			b.WaitTimeout(30 * time.Second)
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	set := map[int64]bool{}
	nset := map[int64]bool{}
	for i := range ids {
		set[ids[i]] = true
		nset[nids[i]] = true
	}
	fmt.Println(len(set), len(nset))
	ok := true
	for _, t := range ts {
		ok = ok && set[t.Ident()]
	}
	fmt.Println(pyBool(ok))
	fmt.Println(pyBool(!set[threading.GetIdent()]))
}
