package main

import "fmt"

func F(n int) int {
	if n == 0 {
		return 1
	}
	return n - M(F(n-1))
}

func M(n int) int {
	if n == 0 {
		return 0
	}
	return n - F(M(n-1))
}

func hofQ(n int) []int {
	q := make([]int, n+1)
	q[1], q[2] = 1, 1
	for i := 3; i <= n; i++ {
		q[i] = q[i-q[i-1]] + q[i-q[i-2]]
	}
	return q[1:]
}

func main() {
	for i := 0; i < 20; i++ {
		fmt.Print(F(i), " ")
	}
	fmt.Println()
	for i := 0; i < 20; i++ {
		fmt.Print(M(i), " ")
	}
	fmt.Println()
	q := hofQ(20000)
	fmt.Println(q[:10], q[999])
	less := 0
	for i := 1; i < len(q); i++ {
		if q[i] < q[i-1] {
			less++
		}
	}
	fmt.Println(less)
}
