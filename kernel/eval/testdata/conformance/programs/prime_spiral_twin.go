package main

import "fmt"

func primesUpTo(n int) []bool {
	isComp := make([]bool, n+1)
	isComp[0], isComp[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !isComp[i] {
			for j := i * i; j <= n; j += i {
				isComp[j] = true
			}
		}
	}
	return isComp
}

func main() {
	comp := primesUpTo(1000)
	var twins [][2]int
	for p := 3; p+2 <= 1000; p += 2 {
		if !comp[p] && !comp[p+2] {
			twins = append(twins, [2]int{p, p + 2})
		}
	}
	fmt.Println(len(twins), twins[:5], twins[len(twins)-1])
	gaps := map[int]int{}
	prev := 2
	for p := 3; p <= 1000; p++ {
		if !comp[p] {
			gaps[p-prev]++
			prev = p
		}
	}
	for g := 1; g <= 20; g++ {
		if c, ok := gaps[g]; ok {
			fmt.Printf("gap %d: %d\n", g, c)
		}
	}
	goldbach := func(n int) (int, int) {
		for p := 2; p <= n/2; p++ {
			if !comp[p] && !comp[n-p] {
				return p, n - p
			}
		}
		return 0, 0
	}
	for _, n := range []int{4, 28, 100, 998} {
		a, b := goldbach(n)
		fmt.Println(n, "=", a, "+", b)
	}
}
