package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var e threading.Event
	var res []string
	var lock threading.Lock
	var ts []*threading.Thread
	for range 5 {
		ts = append(ts, &threading.Thread{Target: func() {
			r := e.WaitTimeout(30 * time.Second)
			lock.Acquire()
			res = append(res, pyBool(r))
			lock.Release()
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	e.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("["+strings.Join(res, ", ")+"]", pyBool(e.IsSet()))
}
