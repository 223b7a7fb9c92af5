package main

import (
	"fmt"
	"strings"
)

func main() {
	for i := 0; i < 5; i++ {
		switch r := i % 3; {
		case r == 0:
			fmt.Println(i, "divisible")
		case i == 4:
			fmt.Println(i, "four")
			break
		default:
			if i == 2 {
				break
			}
			fmt.Println(i, "other")
		}
	}
loop:
	for _, w := range strings.Fields("a b stop c") {
		switch w {
		case "stop":
			break loop
		}
		fmt.Println(w)
	}
	switch f := func() int { return 3 }; f() {
	case 1, 2:
		fmt.Println("small")
	case 3:
		fmt.Println("three")
	}
	switch {
	}
	var x any = 2.5
	switch x.(type) {
	case int, float64:
		fmt.Printf("number %T\n", x)
	}
}
