package main

import (
	"fmt"
	"strings"
	"unicode"
)

type kind int

const (
	kWord kind = iota
	kNum
	kPunct
	kSpace
)

func (k kind) String() string { return [...]string{"word", "num", "punct", "space"}[k] }

type tok struct {
	k kind
	s string
}

func lex(src string) []tok {
	var out []tok
	rs := []rune(src)
	i := 0
start:
	if i >= len(rs) {
		goto done
	}
	switch r := rs[i]; {
	case unicode.IsSpace(r):
		j := i
		for j < len(rs) && unicode.IsSpace(rs[j]) {
			j++
		}
		i = j
		goto start
	case unicode.IsDigit(r):
		j := i
		for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '_') {
			j++
		}
		out = append(out, tok{kNum, strings.ReplaceAll(string(rs[i:j]), "_", "")})
		i = j
	case unicode.IsLetter(r):
		j := i
		for j < len(rs) && unicode.IsLetter(rs[j]) {
			j++
		}
		out = append(out, tok{kWord, string(rs[i:j])})
		i = j
	default:
		out = append(out, tok{kPunct, string(r)})
		i++
	}
	goto start
done:
	return out
}

func findPair(grid [][]int, target int) (int, int, bool) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	for _, t := range lex("let x1 = 1_000 + y; // 안녕 42") {
		fmt.Printf("%v(%s) ", t.k, t.s)
	}
	fmt.Println()

	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 6))
	fmt.Println(findPair(grid, 10))

	count := 0
outer:
	for i := 0; i < 5; i++ {
	inner:
		for j := 0; j < 5; j++ {
			switch {
			case j > i:
				continue outer
			case (i+j)%4 == 3:
				continue inner
			case i == 4 && j == 2:
				break outer
			}
			count++
			fmt.Printf("%d%d ", i, j)
		}
	}
	fmt.Println("count", count)

	n := 0
retry:
	n++
	if n < 3 {
		fmt.Println("attempt", n, "failed")
		goto retry
	}
	fmt.Println("succeeded after", n)

	i := 0
	var sel = make(chan int, 10)
	for v := range 10 {
		sel <- v
	}
	close(sel)
loop:
	for {
		select {
		case v, ok := <-sel:
			if !ok {
				break loop
			}
			if v%3 == 0 {
				continue loop
			}
			i += v
		}
	}
	fmt.Println("sum non-multiples of 3:", i)
}
