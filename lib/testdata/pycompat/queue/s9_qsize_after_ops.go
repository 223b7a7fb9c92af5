package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(4)
	for i := range 6 {
		if err := q.PutNowait(i); err != nil {
			fmt.Println("full", i, q.Qsize())
		} else {
			fmt.Println("put", i, q.Qsize())
		}
	}
	for range 5 {
		if v, err := q.GetNowait(); err != nil {
			fmt.Println("empty", "None", q.Qsize())
		} else {
			fmt.Println("get", v, q.Qsize())
		}
	}
}
