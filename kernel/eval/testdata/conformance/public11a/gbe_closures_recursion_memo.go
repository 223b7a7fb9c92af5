package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	newInts := intSeq()
	fmt.Println(newInts())
	fmt.Println(fact(7))
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(7))
	memo := map[int]int{}
	var mfib func(int) int
	mfib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = mfib(n-1) + mfib(n-2)
		return memo[n]
	}
	fmt.Println(mfib(90), len(memo))
	var hanoi func(n int, from, to, via string) int
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		c := hanoi(n-1, from, via, to)
		if n == 3 {
			fmt.Println("move disk 3", from, "->", to)
		}
		return c + 1 + hanoi(n-1, via, to, from)
	}
	fmt.Println(hanoi(10, "A", "C", "B"))
}
