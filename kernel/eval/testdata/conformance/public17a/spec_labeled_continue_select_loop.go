package main

import "fmt"

func main() {
	data := make(chan int, 10)
	for i := 1; i <= 9; i++ {
		data <- i
	}
	close(data)
	evens, odds := 0, 0
loop:
	for {
		select {
		case v, ok := <-data:
			if !ok {
				break loop
			}
			switch {
			case v%2 == 0:
				evens += v
				continue loop
			case v == 7:
				fmt.Println("seven seen")
			}
			odds += v
		}
	}
	fmt.Println(evens, odds)
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range matrix {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	count := 0
rows:
	for _, row := range matrix {
		for _, v := range row {
			if v%3 == 0 {
				continue rows
			}
			count++
		}
	}
	fmt.Println(count)
}
