package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt(), nextInt(), nextInt())
	newInts := intSeq()
	fmt.Println(newInts())
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i * i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	adders := map[string]func(int) int{}
	for _, n := range []int{1, 10} {
		adders[fmt.Sprint("add", n)] = func(x int) int { return x + n }
	}
	fmt.Println(adders["add1"](5), adders["add10"](5))
}
