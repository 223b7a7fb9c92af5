package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var results = make([]int, 4)

func power(idx, base, exp int) {
	r := 1
	for i := 0; i < exp; i++ {
		r *= base
	}
	results[idx] = r
}

func main() {
	ts := []*threading.Thread{
		{Target: func() { power(0, 3, 2) }},
		{Target: func() { power(1, 2, 10) }},
		{Target: func() { power(2, 5, 3) }},
		{Target: func() { power(3, 7, 2) }},
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(results), " ", ", "))
}
