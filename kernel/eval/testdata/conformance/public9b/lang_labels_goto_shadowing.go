package main

import "fmt"

var x = "package"

func find(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v < 0:
				continue outer
			case v == target:
				return i, j, true
			case v > 100:
				break outer
			}
		}
	}
	return -1, -1, false
}

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return
}

func main() {
	grid := [][]int{{1, -1, 7}, {2, 3, 4}, {5, 200, 6}, {6}}
	fmt.Println(find(grid, 4))
	fmt.Println(find(grid, 7))
	fmt.Println(find(grid, 6))
	fmt.Println(collatz(27), collatz(1))
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
		x = "changed"
		_ = x
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		x := x * 2
		fmt.Println("if", x)
	} else if y := x + 1; y > 0 {
		fmt.Println(y)
	}
	err := fmt.Errorf("outer")
	if true {
		v, err := 1, fmt.Errorf("inner")
		_ = v
		fmt.Println(err)
	}
	fmt.Println(err)
	count := 0
sel:
	for {
		select {
		default:
			count++
			if count == 3 {
				break sel
			}
		}
	}
	fmt.Println("count", count)
	i := 0
	for i := 0; i < 2; i++ {
		fmt.Print("inner i ", i, "; ")
	}
	fmt.Println("outer i", i)
	switch n := 7; {
	case n > 5:
		fmt.Println("big")
		fallthrough
	case n > 100:
		fmt.Println("fell through")
	default:
		fmt.Println("default")
	}
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
}
