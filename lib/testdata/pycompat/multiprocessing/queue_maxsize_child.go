package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func fill(q, out *multiprocessing.Queue) {
	var results []string
	for i := range 3 {
		if err := q.PutNowait(i); errors.Is(err, multiprocessing.ErrFull) {
			results = append(results, fmt.Sprintf("'Full %d'", i))
		} else {
			results = append(results, fmt.Sprintf("'put %d'", i))
		}
	}
	out.Put(strings.Join(results, ", "))
}

func main() {
	multiprocessing.Main(fill)
	q := multiprocessing.NewQueue(2)
	out := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: fill, Args: []any{q, out}}
	p.Start()
	v, _ := out.GetTimeout(30 * time.Second)
	fmt.Printf("[%s]\n", v)
	p.Join()
	a, _ := q.GetTimeout(5 * time.Second)
	b, _ := q.GetTimeout(5 * time.Second)
	fmt.Println(a, b)
	if _, err := q.GetTimeout(50 * time.Millisecond); errors.Is(err, multiprocessing.ErrEmpty) {
		fmt.Println("Empty")
	}
}
