package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := range 10 {
		switch {
		case i == 1:
			continue loop
		case i == 4:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
sel:
	for {
		select {
		default:
			break sel
		}
	}
	fmt.Println("done")
}
