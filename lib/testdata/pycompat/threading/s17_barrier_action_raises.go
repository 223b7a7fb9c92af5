package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func action() {
	panic("ValueError: action failed")
}

var b = threading.NewBarrier(2, action)
var out []string
var lock threading.Lock

func w(i int) {
	r := ""
	func() {
		defer func() {
			if p := recover(); p != nil {
				r = "ValueError " + strings.TrimPrefix(fmt.Sprint(p), "ValueError: ")
			}
		}()
		if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
			r = "broken"
		} else {
			r = "passed"
		}
	}()
	lock.Acquire()
	out = append(out, r)
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := range 2 {
		ts = append(ts, &threading.Thread{Target: func() { w(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(out)
	fmt.Printf("['%s', '%s'] %s %d\n", out[0], out[1], pyBool(b.Broken()), b.NWaiting())
	b.Reset()
	fmt.Println(pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
