package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var raw, cooked queue.Queue

func stage1() {
	for x := raw.Get(); x != nil; x = raw.Get() {
		cooked.Put(x.(int) * 10)
	}
	cooked.Put(nil)
}

func stage2(out *[]string) {
	for x := cooked.Get(); x != nil; x = cooked.Get() {
		*out = append(*out, fmt.Sprint(x.(int)+1))
	}
}

func main() {
	var out []string
	a := &threading.Thread{Target: stage1}
	b := &threading.Thread{Target: func() { stage2(&out) }}
	a.Start()
	b.Start()
	for i := range 5 {
		raw.Put(i)
	}
	raw.Put(nil)
	a.Join()
	b.Join()
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
