package main

import (
	"fmt"
	"strings"
)

func scan(s string) (tokens []string) {
	i := 0
start:
	if i >= len(s) {
		goto done
	}
	switch c := s[i]; {
	case c == ' ':
		i++
		goto start
	case c >= '0' && c <= '9':
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		tokens = append(tokens, "N:"+s[i:j])
		i = j
		goto start
	default:
		tokens = append(tokens, "C:"+string(c))
		i++
		goto start
	}
done:
	return
}

func findPair(m [][]int, target int) (int, int, bool) {
	var r, c int
rows:
	for r = range m {
		for c = range m[r] {
			switch {
			case m[r][c] < 0:
				continue rows
			case m[r][c] == target:
				break rows
			}
		}
	}
	if r < len(m) && c < len(m[r]) && m[r][c] == target {
		return r, c, true
	}
	return -1, -1, false
}

func main() {
	fmt.Println(scan("12 + 345*x 6"))
	m := [][]int{{1, 2, -1, 9}, {4, 5, 6}, {7, 9}}
	fmt.Println(findPair(m, 9))
	fmt.Println(findPair(m, 5))
	fmt.Println(findPair(m, 100))
	var out []string
	i := 0
loop:
	for {
		i++
		switch {
		case i%15 == 0:
			out = append(out, "FizzBuzz")
			if i > 40 {
				break loop
			}
		case i%3 == 0:
			out = append(out, "Fizz")
			continue loop
		case i%5 == 0:
			out = append(out, "Buzz")
		default:
			out = append(out, fmt.Sprint(i))
		}
	}
	fmt.Println(strings.Join(out, ","))
	count := 0
	sel := make(chan int, 3)
	sel <- 1
	sel <- 2
	sel <- 3
	close(sel)
L:
	for {
		select {
		case v, ok := <-sel:
			if !ok {
				break L
			}
			count += v
		}
	}
	fmt.Println(count)
	n := 0
again:
	n++
	if n < 5 {
		goto again
	}
	fmt.Println(n)
}
