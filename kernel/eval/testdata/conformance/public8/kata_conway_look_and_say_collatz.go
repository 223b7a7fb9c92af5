package main

import (
	"fmt"
	"strconv"
	"strings"
)

func lookAndSay(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteByte(s[i])
		i = j
	}
	return b.String()
}

func collatzLen(n int, memo map[int]int) int {
	if n == 1 {
		return 1
	}
	if v, ok := memo[n]; ok {
		return v
	}
	next := n / 2
	if n%2 == 1 {
		next = 3*n + 1
	}
	v := 1 + collatzLen(next, memo)
	memo[n] = v
	return v
}

func main() {
	s := "1"
	for i := range 8 {
		fmt.Println(i, s)
		s = lookAndSay(s)
	}
	for range 10 {
		s = lookAndSay(s)
	}
	fmt.Println("len after 18:", len(s))
	memo := map[int]int{}
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if l := collatzLen(n, memo); l > best {
			best, bestN = l, n
		}
	}
	fmt.Println(bestN, best, len(memo) > 10000)
}
