package main

import "fmt"

func f(n int) {
	switch m := n * 2; n {
	case 1:
		fmt.Println(n)
	}
}

func main() {
	f(1)
}
