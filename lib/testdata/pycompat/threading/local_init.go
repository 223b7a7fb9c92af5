package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var data = &threading.Local{Init: func(l *threading.Local) { l.Set("count", 0) }}
var out []string
var lock threading.Lock

func w(n int) {
	for range n {
		data.Set("count", data.Get("count").(int)+1)
	}
	lock.Acquire()
	out = append(out, fmt.Sprintf("(%d, %v)", n, data.Get("count")))
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for _, n := range []int{3, 5} {
		ts = append(ts, &threading.Thread{Target: func() { w(n) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(out)
	fmt.Println("["+strings.Join(out, ", ")+"]", data.Get("count"))
}
