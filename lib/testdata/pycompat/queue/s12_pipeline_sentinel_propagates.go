package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	raw, cooked := queue.New(0), queue.New(0)
	stage1 := func() {
		for x := raw.Get(); x != nil; x = raw.Get() {
			cooked.Put(strings.ToUpper(x.(string)))
		}
		cooked.Put(nil)
	}
	var out []string
	stage2 := func() {
		for x := cooked.Get(); x != nil; x = cooked.Get() {
			out = append(out, "'"+x.(string)+"!'")
		}
	}
	ts := []*threading.Thread{{Target: stage1}, {Target: stage2}}
	for _, t := range ts {
		t.Start()
	}
	for _, w := range []string{"go", "is", "fun"} {
		raw.Put(w)
	}
	raw.Put(nil)
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("["+strings.Join(out, ", ")+"]", raw.Qsize(), cooked.Qsize())
}
