package main

import "fmt"

func main() {
	n := 0
L:
	for i := 0; i < 3; i++ {
		select {
		default:
			if i == 1 {
				continue L
			}
		}
		switch {
		case i == 2:
			break L
		}
		n++
	}
M:
	if n > 0 {
		fmt.Println(n)
		break M
	}
}
