package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var ctx = threading.Local{Init: func(l *threading.Local) {
	l.Set("calls", 0)
	l.Set("tag", threading.CurrentThread().GetName())
}}

func main() {
	var out []string
	var lock threading.Lock
	work := func() {
		for i := 0; i < 3; i++ {
			ctx.Set("calls", ctx.Get("calls").(int)+1)
		}
		lock.Acquire()
		out = append(out, fmt.Sprintf("('%s', %d)", ctx.Get("tag"), ctx.Get("calls")))
		lock.Release()
	}
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: work, Name: fmt.Sprintf("t%d", i)})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(out)
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	fmt.Println("main:", ctx.Get("tag"), ctx.Get("calls"))
}
