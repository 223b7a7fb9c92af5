package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var results = make([]int, 5)

func fib(i int) {
	a, b := 0, 1
	for k := 0; k < i*5; k++ {
		a, b = b, a+b
	}
	results[i] = a
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 5; i++ {
		ts = append(ts, &threading.Thread{Target: func() { fib(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(results), " ", ", "))
}
