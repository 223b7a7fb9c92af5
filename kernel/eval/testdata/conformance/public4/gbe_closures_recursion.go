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

func sum(nums ...int) (total int) {
	fmt.Print(nums, " ")
	for _, n := range nums {
		total += n
	}
	fmt.Println(total)
	return
}

func vals() (int, int) { return 3, 7 }

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt(), nextInt(), nextInt())
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
	fmt.Println(fib(15))
	sum(1, 2)
	sum(1, 2, 3)
	nums := []int{1, 2, 3, 4}
	sum(nums...)
	sum()
	a, b := vals()
	fmt.Println(a, b)
	_, c := vals()
	fmt.Println(c)
	memo := map[int]int{}
	var ways func(int) int
	ways = func(n int) int {
		if n <= 1 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = ways(n-1) + ways(n-2)
		return memo[n]
	}
	fmt.Println(ways(50), len(memo))
}
