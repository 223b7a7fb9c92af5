package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work(id, start, end int, result *multiprocessing.Queue) {
	total := 0
	for i := start; i < end; i++ {
		total += i
	}
	result.Put(total)
}

func main() {
	multiprocessing.Main(work)
	START, END := 0, 100000
	result := multiprocessing.NewQueue()
	p1 := &multiprocessing.Process{Target: work, Args: []any{1, START, END / 2, result}}
	p2 := &multiprocessing.Process{Target: work, Args: []any{2, END / 2, END, result}}
	p1.Start()
	p2.Start()
	p1.Join()
	p2.Join()
	result.Put("STOP")
	total := 0
	for {
		tmp := result.Get()
		if tmp == "STOP" {
			break
		}
		total += tmp.(int)
	}
	fmt.Printf("Result:%d\n", total)
}
