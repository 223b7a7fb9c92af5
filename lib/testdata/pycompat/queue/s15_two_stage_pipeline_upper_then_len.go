package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	stage1, stage2 = queue.New(0), queue.New(0)
	results        []string
)

func upper() {
	for {
		w := stage1.Get()
		if w == nil {
			break
		}
		stage2.Put(strings.ToUpper(w.(string)))
	}
	stage2.Put(nil)
}

func measure() {
	for {
		w := stage2.Get()
		if w == nil {
			break
		}
		results = append(results, fmt.Sprintf("('%s', %d)", w, len(w.(string))))
	}
}

func main() {
	ts := []*threading.Thread{{Target: upper}, {Target: measure}}
	for _, t := range ts {
		t.Start()
	}
	for _, w := range []string{"queue", "lifo", "thread", "go"} {
		stage1.Put(w)
	}
	stage1.Put(nil)
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("[" + strings.Join(results, ", ") + "]")
}
