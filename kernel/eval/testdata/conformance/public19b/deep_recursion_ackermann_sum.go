package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func sumList(n *Node) int {
	if n == nil {
		return 0
	}
	return n.Val + sumList(n.Next)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	var head *Node
	for i := 1; i <= 50000; i++ {
		head = &Node{i, head}
	}
	fmt.Println(sumList(head))
	fmt.Println(depth(100000))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(isEven(10001), isOdd(7777))
	moves := 0
	hanoi(16, "A", "C", "B", &moves)
	fmt.Println(moves)
	var walk func(n int) int
	walk = func(n int) int {
		if n <= 0 {
			return 0
		}
		return n%7 + walk(n-1)
	}
	fmt.Println(walk(20000))
}
