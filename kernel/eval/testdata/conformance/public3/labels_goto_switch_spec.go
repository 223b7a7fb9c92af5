package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		fallthrough
	case n > 100:
		return "even-or-big"
	default:
		return "odd"
	}
}

func findInGrid(grid [][]int, target int) (int, int) {
	r, c := -1, -1
search:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				r, c = i, j
				break search
			}
		}
	}
	return r, c
}

func gotoLoop() int {
	i, sum := 0, 0
loop:
	if i < 5 {
		sum += i
		i++
		goto loop
	}
	return sum
}

func main() {
	for _, n := range []int{-3, 0, 4, 7, 101, 103} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findInGrid(grid, 6))
	fmt.Println(findInGrid(grid, 10))
	fmt.Println(gotoLoop())
	count := 0
rows:
	for i := range 5 {
		for j := range 5 {
			if j > i {
				continue rows
			}
			count++
		}
	}
	fmt.Println(count)
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5, 6:
		fmt.Println("medium")
		if x == 5 {
			break
		}
		fmt.Println("unreachable")
	}
	ch := make(chan int)
	go func() {
		for i := range 3 {
			ch <- i
		}
		close(ch)
	}()
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			fmt.Print(v)
		}
	}
	fmt.Println()
	switch {
	}
	var i interface{} = 3.0
	switch i.(type) {
	case int:
		fmt.Println("int")
	case float32, float64:
		fmt.Println("float")
	}
	s := "b"
	switch s {
	case "a":
	case "b":
		fmt.Println("b matched, no fallthrough by default")
	case "c":
		fmt.Println("not printed")
	}
}
