package main

import (
	"fmt"
	"strings"
)

func solveQueens(n int) [][]int {
	var res [][]int
	cols := make([]int, n)
	var place func(row int, usedC, d1, d2 uint64)
	place = func(row int, usedC, d1, d2 uint64) {
		if row == n {
			res = append(res, append([]int(nil), cols...))
			return
		}
		for c := 0; c < n; c++ {
			if usedC&(1<<c) != 0 || d1&(1<<(row+c)) != 0 || d2&(1<<(row-c+n)) != 0 {
				continue
			}
			cols[row] = c
			place(row+1, usedC|1<<c, d1|1<<(row+c), d2|1<<(row-c+n))
		}
	}
	place(0, 0, 0, 0)
	return res
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, fmt.Sprintf("%d:%s->%s", n, from, to))
	hanoi(n-1, via, to, from, moves)
}

func josephus(n, k int) (int, []int) {
	people := make([]int, n)
	for i := range people {
		people[i] = i
	}
	var order []int
	idx := 0
	for len(people) > 1 {
		idx = (idx + k - 1) % len(people)
		order = append(order, people[idx])
		people = append(people[:idx], people[idx+1:]...)
	}
	return people[0], order
}

func josephusFormula(n, k int) int {
	r := 0
	for i := 2; i <= n; i++ {
		r = (r + k) % i
	}
	return r
}

func ackermann(m, n uint64) uint64 {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	for n := 1; n <= 8; n++ {
		fmt.Print(len(solveQueens(n)), " ")
	}
	fmt.Println()
	sol := solveQueens(6)[0]
	for _, c := range sol {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 6-c-1))
	}
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5], moves[len(moves)-1])
	surv, order := josephus(41, 3)
	fmt.Println(surv, order[:10], josephusFormula(41, 3))
	for m := uint64(0); m <= 3; m++ {
		for n := uint64(0); n <= 4; n++ {
			fmt.Print(ackermann(m, n), " ")
		}
		fmt.Println()
	}
}
