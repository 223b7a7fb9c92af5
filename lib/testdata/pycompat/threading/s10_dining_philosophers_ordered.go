package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

const N = 5

var forks [N]threading.Lock
var meals [N]int

func philosopher(i int) {
	left, right := i, (i+1)%N
	first, second := min(left, right), max(left, right)
	for range 20 {
		forks[first].Acquire()
		forks[second].Acquire()
		meals[i]++
		forks[second].Release()
		forks[first].Release()
	}
}

func main() {
	var ts []*threading.Thread
	for i := range N {
		ts = append(ts, &threading.Thread{Target: func() { philosopher(i) }, Name: fmt.Sprintf("phil-%d", i)})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	all := true
	for i := range forks {
		all = all && !forks[i].Locked()
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(meals), " ", ", "), pyBool(all))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
