package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	ctx  = &threading.Local{Init: func(l *threading.Local) { l.Set("role", "default"); l.Set("calls", 0) }}
	out  = map[string]string{}
	lock threading.Lock
)

func use(name string) {
	ctx.Set("calls", ctx.Get("calls").(int)+1)
	ctx.Set("calls", ctx.Get("calls").(int)+1)
	lock.Acquire()
	out[name] = fmt.Sprintf("('%s', ('%s', %d))", name, ctx.Get("role"), ctx.Get("calls"))
	lock.Release()
}

func main() {
	ctx.Set("calls", 10)
	var ts []*threading.Thread
	for _, n := range []string{"x", "y"} {
		ts = append(ts, &threading.Thread{Target: func() { use(n) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var items []string
	for _, v := range out {
		items = append(items, v)
	}
	sort.Strings(items)
	fmt.Println("["+strings.Join(items, ", ")+"]", ctx.Get("calls"), ctx.Get("role"))
}
