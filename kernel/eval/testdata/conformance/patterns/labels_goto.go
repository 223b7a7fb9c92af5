package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > 100 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func gotoLoop(n int) int {
	i, s := 0, 0
loop:
	if i < n {
		s += i
		i++
		goto loop
	}
	return s
}

func gotoCleanup(fail int) (log []string) {
	log = append(log, "open")
	if fail == 1 {
		goto closeIt
	}
	log = append(log, "work")
	if fail == 2 {
		goto done
	}
	log = append(log, "more")
closeIt:
	log = append(log, "close")
done:
	return
}

func main() {
	grid := [][]int{{1, -1, 7}, {3, 7, 9}, {200, 7}}
	fmt.Println(findPair(grid, 7))
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair([][]int{{101}, {9}}, 9))
	fmt.Println(gotoLoop(10))
	for f := 0; f < 3; f++ {
		fmt.Println(gotoCleanup(f))
	}
	count := 0
rows:
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue rows
		case i == 4:
			break rows
		}
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			count++
		}
	}
	fmt.Println(count)
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 3 {
				break recv
			}
			fmt.Print(v)
		}
	}
	fmt.Println()
}
