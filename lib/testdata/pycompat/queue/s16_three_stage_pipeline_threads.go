package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var stage1, stage2, out = queue.New(0), queue.New(0), queue.New(0)

func double() {
	for x := stage1.Get(); x != nil; x = stage1.Get() {
		stage2.Put(x.(int) * 2)
	}
	stage2.Put(nil)
}

func plusOne() {
	for x := stage2.Get(); x != nil; x = stage2.Get() {
		out.Put(x.(int) + 1)
	}
	out.Put(nil)
}

func main() {
	ts := []*threading.Thread{{Target: double}, {Target: plusOne}}
	for _, t := range ts {
		t.Start()
	}
	for i := 0; i < 6; i++ {
		stage1.Put(i)
	}
	stage1.Put(nil)
	var result []int
	for x := out.Get(); x != nil; x = out.Get() {
		result = append(result, x.(int))
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(result), " ", ", "))
	fmt.Printf("[%d, %d, %d]\n", stage1.Qsize(), stage2.Qsize(), out.Qsize())
}
