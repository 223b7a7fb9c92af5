package main

import "fmt"

type Num interface{ ~int | ~float64 }

func main() {
	var a any = 3
	switch a.(type) {
	case Num:
		fmt.Println("num")
	}
}
