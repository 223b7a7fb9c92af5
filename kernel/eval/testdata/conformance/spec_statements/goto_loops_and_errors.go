package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	i, j := 0, 0
	for i = range grid {
		for j = range grid[i] {
			if grid[i][j] == target {
				goto found
			}
		}
	}
	return -1, -1
found:
	return i, j
}

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func main() {
	g := [][]int{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(find(g, 4))
	fmt.Println(find(g, 9))
	fmt.Println(gcd(84, 36))
	n := 0
retry:
	n++
	if n < 3 {
		fmt.Println("attempt", n)
		goto retry
	}
	fmt.Println("done after", n)
}
