package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `190: 10 19
3267: 81 40 27
83: 17 5
156: 15 6
7290: 6 8 6 15
161011: 16 10 13
192: 17 8 14
21037: 9 7 18 13
292: 11 6 16 20`

type Op func(a, b int) int

func concat(a, b int) int {
	m := 10
	for m <= b {
		m *= 10
	}
	return a*m + b
}

func solvable(target int, nums []int, ops []Op) bool {
	var try func(acc int, rest []int) bool
	try = func(acc int, rest []int) bool {
		if acc > target {
			return false
		}
		if len(rest) == 0 {
			return acc == target
		}
		for _, op := range ops {
			if try(op(acc, rest[0]), rest[1:]) {
				return true
			}
		}
		return false
	}
	return try(nums[0], nums[1:])
}

func main() {
	add := func(a, b int) int { return a + b }
	mul := func(a, b int) int { return a * b }
	p1, p2 := 0, 0
	for _, line := range strings.Split(input, "\n") {
		head, tail, _ := strings.Cut(line, ": ")
		target, _ := strconv.Atoi(head)
		var nums []int
		for _, f := range strings.Fields(tail) {
			n, _ := strconv.Atoi(f)
			nums = append(nums, n)
		}
		a := solvable(target, nums, []Op{add, mul})
		b := a || solvable(target, nums, []Op{add, mul, concat})
		if a {
			p1 += target
		}
		if b {
			p2 += target
		}
		fmt.Println(target, nums, a, b)
	}
	fmt.Println(p1, p2, concat(12, 345), concat(1, 0))
}
