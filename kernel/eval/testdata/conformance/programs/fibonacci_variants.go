package main

import (
	"fmt"
	"math/big"
)

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

var memo = map[int]uint64{}

func fibMemo(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fibMemo(n-1) + fibMemo(n-2)
	return memo[n]
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func fibBig(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(fibRec(20), fibMemo(90), fibMemo(93))
	var x uint64 = fibMemo(93)
	fmt.Println(x+fibMemo(92), "(wrapped)")
	fmt.Println(fibBig(100))
	fmt.Println(fibBig(100).String() == "354224848179261915075")
}
