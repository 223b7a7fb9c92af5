package main

import "fmt"

func classify(i interface{}) string {
	switch t := i.(type) {
	case bool:
		return "bool"
	case int:
		return fmt.Sprintf("int %d", t)
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", t)
	}
}

func main() {
	i := 1
	for i <= 3 {
		fmt.Print(i, " ")
		i = i + 1
	}
	for j := 0; j < 3; j++ {
		fmt.Print(j, " ")
	}
	for k := range 3 {
		fmt.Print("r", k, " ")
	}
	for {
		fmt.Print("loop ")
		break
	}
	for n := range 6 {
		if n%2 == 0 {
			continue
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	if 7%2 == 0 {
		fmt.Println("7 is even")
	} else {
		fmt.Println("7 is odd")
	}
	if num := 9; num < 0 {
		fmt.Println(num, "is negative")
	} else if num < 10 {
		fmt.Println(num, "has 1 digit")
	} else {
		fmt.Println(num, "has multiple digits")
	}
	for _, d := range []int{0, 3, 6} {
		switch d {
		case 0, 6:
			fmt.Println(d, "weekend")
		default:
			fmt.Println(d, "weekday")
		}
	}
	h := 13
	switch {
	case h < 12:
		fmt.Println("before noon")
	default:
		fmt.Println("after noon")
	}
	fmt.Println(classify(true), classify(4), classify("s"), classify(nil))
}
