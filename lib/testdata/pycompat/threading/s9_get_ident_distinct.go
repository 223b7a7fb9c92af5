package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

type rec struct {
	id int64
	ok bool
}

var ids = map[rec]bool{}
var lock threading.Lock
var allIn = threading.NewBarrier(4, nil)

func worker() {
	allIn.Wait()
	lock.Acquire()
	ids[rec{threading.GetIdent(), threading.CurrentThread().Ident() == threading.GetIdent()}] = true
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for range 4 {
		ts = append(ts, &threading.Thread{Target: worker})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	all, notMain := true, true
	for r := range ids {
		all = all && r.ok
		notMain = notMain && r.id != threading.GetIdent()
	}
	fmt.Println(len(ids), pyBool(all), pyBool(notMain))
	fmt.Println(pyBool(threading.GetNativeID() == threading.MainThread().NativeID()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
