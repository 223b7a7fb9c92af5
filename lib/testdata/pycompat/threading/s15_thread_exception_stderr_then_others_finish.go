package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var results []int

func work(n int) {
	if n == 2 {
		panic(fmt.Sprintf("ValueError: cannot handle %d", n))
	}
	results = append(results, n*10)
}

func main() {
	var ts []*threading.Thread
	for n := 0; n < 4; n++ {
		ts = append(ts, &threading.Thread{Target: func() { work(n) }, Name: fmt.Sprintf("job-%d", n)})
	}
	for _, t := range ts {
		t.Start()
		t.Join()
	}
	sort.Ints(results)
	var alive []string
	for _, t := range ts {
		alive = append(alive, map[bool]string{true: "True", false: "False"}[t.IsAlive()])
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(results), " ", ", "), "["+strings.Join(alive, ", ")+"]")
}
