package main

import "fmt"

func main() {
	x := 1
sw:
	switch x {
	case 1:
		for i := 0; i < 2; i++ {
			continue sw
		}
	}
	fmt.Println(x)
}
