package main

import (
	"fmt"
	"strings"
)

type Move struct{ From, To byte }

func hanoi(n int, from, to, via byte, moves *[]Move) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, Move{from, to})
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n uint) uint {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func flatten(v any) []int {
	switch x := v.(type) {
	case int:
		return []int{x}
	case []any:
		var out []int
		for _, e := range x {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return nil
}

func parens(n int) []string {
	var out []string
	var gen func(s string, open, close int)
	gen = func(s string, open, close int) {
		if len(s) == 2*n {
			out = append(out, s)
			return
		}
		if open < n {
			gen(s+"(", open+1, close)
		}
		if close < open {
			gen(s+")", open, close+1)
		}
	}
	gen("", 0, 0)
	return out
}

func main() {
	var moves []Move
	hanoi(3, 'A', 'C', 'B', &moves)
	var sb strings.Builder
	for _, m := range moves {
		fmt.Fprintf(&sb, "%c->%c ", m.From, m.To)
	}
	fmt.Println(len(moves), sb.String())
	moves = moves[:0]
	hanoi(16, 'A', 'C', 'B', &moves)
	fmt.Println(len(moves))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(flatten([]any{1, []any{2, []any{3, 4}}, 5, []any{}}))
	fmt.Println(parens(3))
	fmt.Println(len(parens(8)))
}
