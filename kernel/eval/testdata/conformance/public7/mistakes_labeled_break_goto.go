package main

import "fmt"

func find(grid [][]int, target int) (int, int, bool) {
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
	return r, c, r >= 0
}

func collatzSteps(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 10))

outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	ch := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	// break inside switch inside for breaks the switch only
	n := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 2:
			break
		default:
			n += i
		}
	}
	fmt.Println(n)

	for _, x := range []int{1, 7, 10, 27} {
		fmt.Print(collatzSteps(x), " ")
	}
	fmt.Println()

	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("retry", i)
		goto retry
	}
	fmt.Println("done at", i)
}
