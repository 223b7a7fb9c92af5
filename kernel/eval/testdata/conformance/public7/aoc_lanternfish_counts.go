package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = "3,4,3,1,2"

func simulate(timers [9]int, days int) [9]int {
	for d := 0; d < days; d++ {
		var next [9]int
		for t, n := range timers {
			if t == 0 {
				next[6] += n
				next[8] += n
			} else {
				next[t-1] += n
			}
		}
		timers = next
	}
	return timers
}

func total(a [9]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func main() {
	var timers [9]int
	for _, f := range strings.Split(input, ",") {
		n, _ := strconv.Atoi(f)
		timers[n]++
	}
	orig := timers
	for _, days := range []int{18, 80, 256} {
		fmt.Println(days, total(simulate(timers, days)))
	}
	fmt.Println("unchanged:", orig == timers, timers)
	// rotation trick with a slice over the array
	s := timers[:]
	for d := 0; d < 80; d++ {
		zero := s[0]
		copy(s, s[1:])
		s[8] = zero
		s[6] += zero
	}
	fmt.Println(total(timers), timers == orig)
}
