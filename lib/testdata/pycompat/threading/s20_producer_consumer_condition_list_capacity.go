package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

const CAP = 2

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var buf []int
	var cond threading.Condition
	var log []int
	producer := func() {
		for i := 0; i < 6; i++ {
			cond.Acquire()
			cond.WaitForTimeout(func() bool { return len(buf) < CAP }, 30*time.Second)
			buf = append(buf, i)
			log = append(log, len(buf))
			cond.NotifyAll()
			cond.Release()
		}
	}
	consumer := func(out *[]int) {
		for k := 0; k < 3; k++ {
			cond.Acquire()
			cond.WaitForTimeout(func() bool { return len(buf) > 0 }, 30*time.Second)
			*out = append(*out, buf[0])
			buf = buf[1:]
			cond.NotifyAll()
			cond.Release()
		}
	}
	var a, b []int
	ts := []*threading.Thread{{Target: producer}, {Target: func() { consumer(&a) }}, {Target: func() { consumer(&b) }}}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	all := append(append([]int{}, a...), b...)
	sort.Ints(all)
	m := 0
	for _, l := range log {
		m = max(m, l)
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(all), " ", ", "), pb(m <= CAP), strings.ReplaceAll(fmt.Sprint(buf), " ", ", "), len(a), len(b))
}
