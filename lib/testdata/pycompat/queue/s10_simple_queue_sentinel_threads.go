package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var sq = queue.NewSimpleQueue()
var out = queue.NewSimpleQueue()

func worker(name string) {
	for {
		item := sq.Get()
		if item == nil {
			out.Put([2]string{name, "stop"})
			return
		}
		out.Put([2]string{name, strings.ToUpper(item.(string))})
	}
}

func main() {
	var ts []*threading.Thread
	for i := range 2 {
		ts = append(ts, &threading.Thread{Target: func() { worker(fmt.Sprintf("w%d", i)) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, w := range []string{"alpha", "beta", "gamma"} {
		sq.Put(w)
	}
	sq.Put(nil)
	sq.Put(nil)
	for _, t := range ts {
		t.Join()
	}
	var res []string
	for !out.Empty() {
		res = append(res, "'"+out.Get().([2]string)[1]+"'")
	}
	sort.Strings(res)
	fmt.Println("["+strings.Join(res, ", ")+"]", out.Qsize(), pyBool(sq.Empty()))
	if _, err := sq.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
