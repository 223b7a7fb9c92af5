package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	results := make([]int, 6)
	var ts []*threading.Thread
	for i := range 6 {
		ts = append(ts, &threading.Thread{Target: func() { results[i] = fib(i + 10) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(results), " ", ", "))
}
