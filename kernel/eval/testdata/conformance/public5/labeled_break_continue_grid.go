package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{
		{1, 2, 3, 4},
		{5, -1, 7, 8},
		{9, 10, 11, 12},
		{13, 14, -2, 16},
	}
	sum := 0
rows:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v < 0 && i == 1:
				fmt.Println("skip rest of row", i, "at col", j)
				continue rows
			case v < 0:
				fmt.Println("stop at", i, j)
				break rows
			case v%5 == 0:
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	primes := []int{}
outer:
	for n := 2; len(primes) < 10; n++ {
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue outer
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	count := 0
loop:
	for {
		select {
		default:
			count++
			if count == 3 {
				break loop
			}
		}
	}
	fmt.Println("count", count)

	var found []string
search:
	for _, word := range []string{"apple", "sky", "rhythm", "queue", "fly"} {
		for _, r := range word {
			switch r {
			case 'a', 'e', 'i', 'o', 'u':
				continue search
			}
		}
		found = append(found, word)
	}
	fmt.Println(found)
	fmt.Println(findPair(grid, 11))
	fmt.Println(findPair(grid, 99))

	i := 0
L:
	if i < 3 {
		fmt.Print("L", i, " ")
		i++
		goto L
	}
	fmt.Println()
	m := map[string][]int{"a": {1, 2, 3}}
	total := 0
	for k := range m {
	inner:
		for _, v := range m[k] {
			switch v {
			case 2:
				break inner
			}
			total += v
		}
	}
	fmt.Println(total)
}
