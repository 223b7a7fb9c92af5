package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var results = make([]int, 4)

func power(index, base, exp, offset int) {
	r := 1
	for i := 0; i < exp; i++ {
		r *= base
	}
	results[index] = r + offset
}

func main() {
	specs := [][3]int{{2, 2, 0}, {3, 3, 0}, {10, 2, 5}, {2, 10, -24}}
	var threads []*threading.Thread
	for i, kw := range specs {
		threads = append(threads, &threading.Thread{Target: func() { power(i, kw[0], kw[1], kw[2]) }, TargetName: "power"})
	}
	var names []string
	for _, t := range threads {
		names = append(names, "'"+t.GetName()+"'")
	}
	fmt.Println("[" + strings.Join(names, ", ") + "]")
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	s := make([]string, len(results))
	for i, v := range results {
		s[i] = fmt.Sprint(v)
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
}
