package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	box := map[string]int{"n": 1}
	q.Put(box)
	box["n"] = 2
	got := q.Get().(map[string]int)
	fmt.Println("True", got["n"])
	got["n"] = 3
	fmt.Println(box["n"])
}
