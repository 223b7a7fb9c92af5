package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func action() {
	panic("RuntimeError: action failed")
}

var b = threading.NewBarrier(2, action)
var res []string
var lock threading.Lock

func w() {
	r := "ok"
	func() {
		defer func() {
			if e := recover(); e != nil {
				r = fmt.Sprint(e)
			}
		}()
		if _, err := b.Wait(); err != nil {
			r = "BrokenBarrierError"
		}
	}()
	lock.Acquire()
	res = append(res, r)
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for range 2 {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(res)
	fmt.Println("['"+strings.Join(res, "', '")+"']", pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
