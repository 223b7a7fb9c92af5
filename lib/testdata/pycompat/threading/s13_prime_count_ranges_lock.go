package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for i := 2; i*i <= n; i++ {
		if n%i == 0 {
			return false
		}
	}
	return true
}

func main() {
	total := 0
	perRange := map[[2]int]int{}
	var lock threading.Lock
	count := func(lo, hi int) {
		c := 0
		for n := lo; n < hi; n++ {
			if isPrime(n) {
				c++
			}
		}
		lock.Acquire()
		total += c
		perRange[[2]int{lo, hi}] = c
		lock.Release()
	}
	var ranges [][2]int
	for i := range 4 {
		ranges = append(ranges, [2]int{i * 2500, (i + 1) * 2500})
	}
	var ts []*threading.Thread
	for _, r := range ranges {
		ts = append(ts, &threading.Thread{Target: func() { count(r[0], r[1]) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var cs []string
	for _, r := range ranges {
		cs = append(cs, fmt.Sprint(perRange[r]))
	}
	fmt.Println(total, "["+strings.Join(cs, ", ")+"]")
}
