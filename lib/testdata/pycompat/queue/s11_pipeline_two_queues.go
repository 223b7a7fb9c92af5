package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	raw, cooked := queue.New(0), queue.New(0)
	var out []string
	stage1 := func() {
		for {
			x := raw.Get()
			if x == nil {
				cooked.Put(nil)
				return
			}
			cooked.Put(strings.ToUpper(x.(string)))
		}
	}
	stage2 := func() {
		for {
			x := cooked.Get()
			if x == nil {
				return
			}
			out = append(out, "'"+x.(string)+"!'")
		}
	}
	ts := []*threading.Thread{{Target: stage1}, {Target: stage2}}
	for _, t := range ts {
		t.Start()
	}
	for _, w := range []string{"a", "bb", "ccc"} {
		raw.Put(w)
	}
	raw.Put(nil)
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(pyStrs(out), raw.Qsize(), cooked.Qsize())
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
