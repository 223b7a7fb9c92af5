package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	box := &[]int{1, 2}
	q.Put(box)
	*box = append(*box, 3)
	got := q.Get().(*[]int)
	fmt.Println(pyInts(*got), pyBool(got == box))
	*got = append(*got, 4)
	fmt.Println(pyInts(*box))
	lq := queue.NewLifoQueue(0)
	d := map[string]int{"n": 0}
	lq.Put(d)
	lq.Put(d)
	lq.Get().(map[string]int)["n"]++
	lq.Get().(map[string]int)["n"]++
	fmt.Printf("{'n': %d}\n", d["n"])
}

func pyInts(xs []int) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
